package com.programdesk.supervision.findings.domain;

import java.nio.file.Path;

/** An uploaded evidence file waiting to be stored with the correction it belongs to. */
public record EvidenceFile(String fileName, Path content) {
}
