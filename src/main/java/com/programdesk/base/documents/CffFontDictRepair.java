package com.programdesk.base.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every font DICT of an embedded CID-keyed CFF font (Noto Sans CJK) a Private DICT, as the CFF specification
 * requires. OpenPDF's subsetter writes the font DICTs that no used glyph needs as empty DICTs (OpenPDF issue #71):
 * lenient viewers render such a font, Adobe Acrobat rejects it. Each empty DICT becomes a copy of a used one; the
 * glyphs that select it were emptied by the subsetter, so they look the same either way.
 */
public final class CffFontDictRepair {

    private static final Logger log = LoggerFactory.getLogger(CffFontDictRepair.class);
    private static final PdfName CID_FONT_TYPE_0C = new PdfName("CIDFontType0C");
    private static final int CHARSET = 15;
    private static final int ENCODING = 16;
    private static final int CHAR_STRINGS = 17;
    private static final int PRIVATE = 18;
    private static final int FD_ARRAY = 1236;
    private static final int FD_SELECT = 1237;
    /** Top DICT operators whose operand is an absolute offset into the font. */
    private static final List<Integer> TOP_OFFSETS = List.of(CHARSET, ENCODING, CHAR_STRINGS, FD_SELECT);

    private CffFontDictRepair() {
    }

    /** Writes the PDF to out, with its embedded CFF fonts repaired when they need it. */
    public static void copyRepaired(byte[] pdf, OutputStream out) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        boolean repaired = false;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PRStream stream && CID_FONT_TYPE_0C.equals(stream.getAsName(PdfName.SUBTYPE))) {
                byte[] font = PdfReader.getStreamBytes(stream);
                byte[] complete = font;
                try {
                    complete = withPrivateDicts(font);
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    log.warn("Embedded CFF font left as it is: {}", e.toString()); // lenient viewers still show it
                }
                if (complete != font) {
                    stream.setData(complete);
                    repaired = true;
                }
            }
        }
        if (repaired) {
            PdfStamper stamper = new PdfStamper(reader, out);
            stamper.getWriter().setCloseStream(false);
            stamper.close();
        } else {
            reader.close();
            out.write(pdf);
        }
    }

    /** The font with its empty font DICTs filled in; the same array when there are none or its layout is unexpected. */
    static byte[] withPrivateDicts(byte[] cff) {
        Index names = Index.at(cff, cff[2] & 0xff);
        Index topDicts = Index.at(cff, names.end());
        List<Entry> top = dict(cff, topDicts.start(0), topDicts.end(0));
        Entry fdArray = find(top, FD_ARRAY);
        if (fdArray == null) {
            return cff; // not CID-keyed: one Private DICT for the whole font
        }
        Index fonts = Index.at(cff, fdArray.operands().getFirst().value());
        List<byte[]> dicts = new ArrayList<>();
        for (int i = 0; i < fonts.count(); i++) {
            dicts.add(Arrays.copyOfRange(cff, fonts.start(i), fonts.end(i)));
        }
        byte[] donor = dicts.stream().filter(fontDict -> find(dict(fontDict, 0, fontDict.length), PRIVATE) != null)
                .findFirst().orElse(null);
        if (donor == null || dicts.stream().noneMatch(fontDict -> fontDict.length == 0)) {
            return cff;
        }
        dicts.replaceAll(fontDict -> fontDict.length == 0 ? donor.clone() : fontDict);
        // everything after the FDArray moves by the bytes added to it; absolute offsets that point there follow
        int shift = Index.length(dicts) - (fonts.end() - fonts.offset());
        byte[] head = Arrays.copyOfRange(cff, 0, fonts.offset());
        boolean shifted = shiftOffsets(head, top, TOP_OFFSETS, fonts.end(), shift);
        for (byte[] fontDict : dicts) {
            shifted &= shiftOffsets(fontDict, dict(fontDict, 0, fontDict.length), List.of(PRIVATE), fonts.end(), shift);
        }
        if (!shifted) {
            return cff;
        }
        ByteArrayOutputStream repaired = new ByteArrayOutputStream(cff.length + shift);
        repaired.writeBytes(head);
        repaired.writeBytes(Index.write(dicts));
        repaired.write(cff, fonts.end(), cff.length - fonts.end());
        return repaired.toByteArray();
    }

    /**
     * Adds shift to the offset operands (the last one of each of these operators) that point at or past from; false when
     * one is not a 5-byte integer and so cannot change in place.
     */
    private static boolean shiftOffsets(byte[] data, List<Entry> entries, List<Integer> operators, int from, int shift) {
        for (Entry entry : entries) {
            if (!operators.contains(entry.operator()) || entry.operands().isEmpty()) {
                continue;
            }
            Operand offset = entry.operands().getLast();
            if (offset.value() < from) {
                continue;
            }
            if (offset.size() != 5) {
                return false;
            }
            int value = offset.value() + shift;
            for (int b = 0; b < 4; b++) {
                data[offset.position() + 1 + b] = (byte) (value >>> (24 - 8 * b));
            }
        }
        return true;
    }

    private static Entry find(List<Entry> entries, int operator) {
        return entries.stream().filter(entry -> entry.operator() == operator).findFirst().orElse(null);
    }

    /** The operators of a DICT with their operands (CFF spec, Technote 5176, section 4). */
    private static List<Entry> dict(byte[] data, int from, int to) {
        List<Entry> entries = new ArrayList<>();
        List<Operand> operands = new ArrayList<>();
        int p = from;
        while (p < to) {
            int b0 = data[p] & 0xff;
            if (b0 <= 21) {
                entries.add(new Entry(b0 == 12 ? 1200 + (data[p + 1] & 0xff) : b0, List.copyOf(operands)));
                operands.clear();
                p += b0 == 12 ? 2 : 1;
            } else if (b0 == 28) {
                operands.add(new Operand(p, 3, (short) ((data[p + 1] & 0xff) << 8 | data[p + 2] & 0xff)));
                p += 3;
            } else if (b0 == 29) {
                operands.add(new Operand(p, 5, (data[p + 1] & 0xff) << 24 | (data[p + 2] & 0xff) << 16 | (data[p + 3] & 0xff) << 8
                        | data[p + 4] & 0xff));
                p += 5;
            } else if (b0 == 30) {
                int start = p++;
                while ((data[p] & 0x0f) != 0x0f && (data[p] & 0xf0) != 0xf0) {
                    p++;
                }
                p++;
                operands.add(new Operand(start, p - start, 0)); // a real number: never an offset
            } else if (b0 >= 32 && b0 <= 246) {
                operands.add(new Operand(p++, 1, b0 - 139));
            } else if (b0 >= 247 && b0 <= 250) {
                operands.add(new Operand(p, 2, (b0 - 247) * 256 + (data[p + 1] & 0xff) + 108));
                p += 2;
            } else if (b0 >= 251 && b0 <= 254) {
                operands.add(new Operand(p, 2, -(b0 - 251) * 256 - (data[p + 1] & 0xff) - 108));
                p += 2;
            } else {
                throw new IllegalArgumentException("Not a CFF DICT: byte " + b0 + " at " + p);
            }
        }
        return entries;
    }

    private record Entry(int operator, List<Operand> operands) {
    }

    /** An operand's position and encoded size in its DICT, and its value. */
    private record Operand(int position, int size, int value) {
    }

    /** A CFF INDEX: a count, offsets, then the objects' data. */
    private record Index(byte[] data, int offset, int count, int offsetSize) {

        static Index at(byte[] data, int offset) {
            int count = (data[offset] & 0xff) << 8 | data[offset + 1] & 0xff;
            return new Index(data, offset, count, count == 0 ? 0 : data[offset + 2] & 0xff);
        }

        int start(int i) {
            return offset + 2 + 1 + (count + 1) * offsetSize + entry(i) - 1;
        }

        int end(int i) {
            return start(i + 1);
        }

        int end() {
            return count == 0 ? offset + 2 : start(count);
        }

        private int entry(int i) {
            int value = 0;
            for (int b = 0; b < offsetSize; b++) {
                value = value << 8 | data[offset + 3 + i * offsetSize + b] & 0xff;
            }
            return value;
        }

        static int length(List<byte[]> objects) {
            return 3 + (objects.size() + 1) * offsetSize(objects) + objects.stream().mapToInt(object -> object.length).sum();
        }

        static byte[] write(List<byte[]> objects) {
            int offsetSize = offsetSize(objects);
            ByteArrayOutputStream index = new ByteArrayOutputStream();
            index.write(objects.size() >>> 8);
            index.write(objects.size());
            index.write(offsetSize);
            int next = 1;
            for (int i = 0; i <= objects.size(); i++) {
                for (int b = offsetSize - 1; b >= 0; b--) {
                    index.write(next >>> (8 * b));
                }
                if (i < objects.size()) {
                    next += objects.get(i).length;
                }
            }
            objects.forEach(index::writeBytes);
            return index.toByteArray();
        }

        private static int offsetSize(List<byte[]> objects) {
            int last = 1 + objects.stream().mapToInt(object -> object.length).sum();
            return last < 1 << 8 ? 1 : last < 1 << 16 ? 2 : last < 1 << 24 ? 3 : 4;
        }
    }
}
