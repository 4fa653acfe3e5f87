package com.programdesk.base.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font that PDF reports embed (only the glyphs they use): the file named by {@value #PROPERTY}
 * ("path", or "path,index" for a .ttc collection), else the first of the usual system CJK fonts that exists.
 * The font is loaded on first use and then shared; a missing font only disables PDF reports.
 */
@Component
public class DocumentFont {

    public static final String PROPERTY = "programdesk.report.font";

    private static final Logger log = LoggerFactory.getLogger(DocumentFont.class);
    /** Noto Sans CJK collections hold the JP, KR, SC, TC and HK faces in this order: index 2 is Simplified Chinese. */
    private static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2", // Debian, Ubuntu: fonts-noto-cjk
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2", // Arch: noto-fonts-cjk
            "/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc,2", // Fedora: google-noto-sans-cjk-fonts
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc,2", // older Fedora, RHEL
            "/usr/share/fonts/noto/NotoSansCJK-Regular.ttc,2", // Alpine: font-noto-cjk
            "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0", // Debian, Ubuntu: fonts-wqy-zenhei
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc,0", // Fedora, Alpine
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    private static final Pattern COLLECTION_INDEX = Pattern.compile("(.*),(\\d+)");

    private final Optional<String> regular;
    private final String unavailable;
    private Faces faces;
    private java.awt.Font awt;

    @Autowired
    public DocumentFont(@Value("${" + PROPERTY + ":}") String configured) {
        this(configured, SYSTEM_FONTS);
    }

    public DocumentFont(String configured, List<String> systemFonts) {
        if (configured != null && !configured.isBlank()) {
            regular = Optional.of(configured.strip()).filter(DocumentFont::exists);
            unavailable = "PDF reports are unavailable: the font file " + PROPERTY + "=" + configured.strip() + " does not exist";
        } else {
            regular = systemFonts.stream().filter(DocumentFont::exists).findFirst();
            unavailable = "PDF reports are unavailable: no Chinese font found. Install the package fonts-noto-cjk (Debian, Ubuntu) "
                    + "or set " + PROPERTY + " to a font file (path, or path,index for a .ttc collection)";
        }
        if (regular.isEmpty()) {
            log.warn(unavailable);
        }
    }

    /** The report font at that size; without a bold face next to the regular one, bold is drawn by stroking the outlines. */
    public Font font(float size, boolean bold) {
        Faces loaded = faces();
        if (bold && loaded.bold() == null) {
            return new Font(loaded.regular(), size, Font.BOLD);
        }
        return new Font(bold ? loaded.bold() : loaded.regular(), size);
    }

    /**
     * The same font for drawing with Java2D (the reports' charts), at that size: the collection's face at the configured index,
     * bold drawn by the font's derived style when there is no bold face.
     *
     * @throws IllegalStateException when no Chinese font is installed
     */
    public synchronized java.awt.Font awtFont(float size, boolean bold) {
        if (awt == null) {
            String font = regular.orElseThrow(() -> new IllegalStateException(unavailable));
            Matcher collection = COLLECTION_INDEX.matcher(font);
            try {
                java.io.File file = Path.of(collection.matches() ? collection.group(1) : font).toFile();
                java.awt.Font[] faces = java.awt.Font.createFonts(file);
                int index = collection.matches() ? Integer.parseInt(collection.group(2)) : 0;
                awt = faces[Math.min(index, faces.length - 1)];
            } catch (java.awt.FontFormatException | IOException | RuntimeException e) {
                throw new IllegalStateException("Charts are unavailable: cannot load the font " + font + " (" + PROPERTY + ")", e);
            }
        }
        return awt.deriveFont(bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, size);
    }

    private synchronized Faces faces() {
        if (faces == null) {
            String regularFont = regular.orElseThrow(() -> new IllegalStateException(unavailable));
            String boldFont = regularFont.replace("Regular", "Bold");
            faces = new Faces(load(regularFont), !boldFont.equals(regularFont) && exists(boldFont) ? load(boldFont) : null);
        }
        return faces;
    }

    private static BaseFont load(String font) {
        try {
            return BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PDF reports are unavailable: cannot load the font " + font + " (" + PROPERTY + ")", e);
        }
    }

    private static boolean exists(String font) {
        Matcher collection = COLLECTION_INDEX.matcher(font);
        return Files.isRegularFile(Path.of(collection.matches() ? collection.group(1) : font));
    }

    private record Faces(BaseFont regular, BaseFont bold) {
    }
}
