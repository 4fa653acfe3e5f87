package com.programdesk.base.embeddeddb;

/** Present in the context when the app runs on its own embedded MariaDB (the demo start). */
public final class EmbeddedDatabaseMarker {
}
