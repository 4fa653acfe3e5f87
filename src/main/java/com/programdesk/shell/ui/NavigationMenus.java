package com.programdesk.shell.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The side navigation of each set of authorities in each language, written once and shared by every UI.
 * Which views a user may open depends only on the authorities (the views' role annotations), so the
 * menu's access checks and its markup are not repeated for every page load.
 */
@Component
class NavigationMenus {

    /** Roles × languages are a handful; the bound only guards against something unforeseen in the key. */
    private static final int MAX_MENUS = 64;

    private final Map<Key, NavigationMenu> menus = new ConcurrentHashMap<>();

    NavigationMenu current(Locale locale, UnaryOperator<String> translate) {
        Key key = new Key(authorities(), locale);
        NavigationMenu menu = menus.get(key);
        if (menu == null) {
            if (menus.size() >= MAX_MENUS) {
                menus.clear();
            }
            menu = write(MenuConfiguration.getMenuEntries(), translate);
            menus.put(key, menu);
        }
        return menu;
    }

    /** The same web components as {@code SideNav} and {@code SideNavItem} with an {@code Icon} prefix would render. */
    static NavigationMenu write(List<MenuEntry> entries, UnaryOperator<String> translate) {
        StringBuilder html = new StringBuilder();
        List<String> labels = new ArrayList<>();
        for (NavigationArea area : NavigationArea.values()) {
            List<MenuEntry> inArea = entries.stream().filter(area::contains).toList();
            if (inArea.isEmpty()) {
                continue;
            }
            html.append("<vaadin-side-nav");
            if (area.labelKey() != null) {
                html.append(" collapsible><span slot=\"label\">").append(escape(translate.apply(area.labelKey()))).append("</span>");
            } else {
                html.append('>');
            }
            for (MenuEntry entry : inArea) {
                String label = translate.apply(entry.title());
                labels.add(label);
                String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
                html.append("<vaadin-side-nav-item path=\"").append(escape(path)).append("\">");
                if (entry.icon() != null && !entry.icon().isBlank()) {
                    html.append("<vaadin-icon icon=\"").append(escape(entry.icon())).append("\" slot=\"prefix\"></vaadin-icon>");
                }
                html.append(escape(label)).append("</vaadin-side-nav-item>");
            }
            html.append("</vaadin-side-nav>");
        }
        return new NavigationMenu(List.copyOf(labels), html.toString());
    }

    private static Set<String> authorities() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Set.of()
                : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private record Key(Set<String> authorities, Locale locale) {
    }
}
