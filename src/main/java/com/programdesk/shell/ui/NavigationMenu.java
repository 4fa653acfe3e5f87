package com.programdesk.shell.ui;

import java.io.Serializable;
import java.util.List;

/** One role's side navigation in one language: its entries' labels in order, and the markup that shows them. */
record NavigationMenu(List<String> labels, String html) implements Serializable {
}
