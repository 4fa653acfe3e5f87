package com.programdesk.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Flow client in one browser tab keeps between round trips, as far as a load test needs
 * it: the UI id, the CSRF token, the sync and client ids, and a shallow mirror of the state tree
 * (tag, listened events, side-navigation paths of every attached node). From each response it
 * derives what the browser sends next on its own: the "-changed" events the web components fire
 * when they upgrade (data {}, as the browser sends them), the grids' confirmUpdate and the tabs'
 * updateSelectedTab. One instance per virtual user; Gatling runs a user's steps one at a time.
 */
final class VaadinClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private record Node(String tag, Map<String, String> listeners, Map<String, Object> props) {
        Node() {
            this(null, new HashMap<>(), new HashMap<>());
        }
    }

    /** For debugging the protocol: every UIDL answer is appended to this file. */
    private static final String DUMP = System.getProperty("dumpUidl");

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<Integer, Integer> parents = new HashMap<>();
    /** The items a grid or combo box received ({@code $connector.set}), from its first row on. */
    private final Map<Integer, List<JsonNode>> items = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private int uiId = -1;
    private String csrf;
    private int syncId = -1;
    private int clientId;
    private ArrayNode pending = F.arrayNode();
    private ArrayNode pendingLater = F.arrayNode();
    private String title;
    private int historyIdx;
    private int lastChanges;
    private final StringBuilder sinceMark = new StringBuilder();
    /** Notifications shown with a duration: the browser closes them by itself before the user's next action. */
    private final Set<Integer> timedOut = new LinkedHashSet<>();

    /** What was wrong with the last answer that was not "ok" (null when none since the last look). */
    private String problem;

    /** What was wrong with the last answer that was not "ok", and forgets it; null when none. */
    String takeProblem() {
        String p = problem;
        problem = null;
        return p;
    }

    private String noted(String result) {
        if (!"ok".equals(result)) {
            problem = result;
        }
        return result;
    }

    /** The {@code ?v-r=init} answer: {"appConfig":{"v-uiId":…,"uidl":{…}}}. */
    String applyInit(String body) {
        return noted(init(body));
    }

    private static final String INITIAL = "window.Vaadin.TypeScript=";
    /** Whether the last page carried its UI (Vaadin's eager server load): then no init is asked for. */
    private boolean pageCarriedUi;

    /**
     * A page's HTML. With Vaadin's eager server load it carries what {@code ?v-r=init} would answer
     * ({@code window.Vaadin.TypeScript= {"initial":{"appConfig":…}}}), the view already rendered; then the
     * browser asks for no init. "ok" either way, or what is wrong with the UI the page carries.
     */
    String applyPage(String html) {
        pageCarriedUi = false;
        int at = html.indexOf(INITIAL);
        if (at < 0) {
            return "ok";
        }
        try {
            // the JSON value ends before the script's next statement; Jackson reads the first value only
            JsonNode initial = JSON.readTree(html.substring(at + INITIAL.length())).path("initial");
            pageCarriedUi = !initial.isMissingNode();
            return pageCarriedUi ? noted(init(initial)) : "ok";
        } catch (Exception e) {
            return noted("page with an initial UI that is not JSON: " + e.getMessage());
        }
    }

    boolean pageCarriedUi() {
        return pageCarriedUi;
    }

    private String init(String body) {
        try {
            return init(JSON.readTree(body));
        } catch (Exception e) {
            return "init answer is not JSON: " + e.getMessage() + ": " + abbreviate(body);
        }
    }

    private String init(JsonNode answer) {
        JsonNode config = answer.path("appConfig");
        if (config.isMissingNode() || !config.has("v-uiId")) {
            return "init answer without appConfig/v-uiId: " + abbreviate(answer.toString());
        }
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asText(null);
        if (csrf == null) {
            return "init answer without Vaadin-Security-Key";
        }
        nodes.clear();
        parents.clear();
        items.clear();
        constants.clear();
        timedOut.clear();
        clientId = 0;
        syncId = -1;
        historyIdx = 0;
        return applyUidl(uidl, true);
    }

    /** A {@code v-r=uidl} answer; "ok" or what is wrong with it (counted as an error). */
    String applyResponse(String body) {
        return noted(response(body));
    }

    private String response(String body) {
        sinceMark.append(body).append('\n');
        if (DUMP != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(DUMP), body + "\n", java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        try {
            if (body.contains("数据库暂时不可用") || body.contains("The database is unavailable at the moment")) {
                return "database unavailable notification (数据库暂时不可用)";
            }
            if (body.contains("操作未能完成") || body.contains("您没有执行此操作的权限")
                    || body.contains("This could not be completed") || body.contains("You are not allowed to do this")) {
                return "error notification (see the app log): " + abbreviate(body);
            }
            String json = body.startsWith("for(;;);") ? body.substring(8) : body;
            JsonNode uidl = JSON.readTree(json);
            if (uidl.isArray()) {
                uidl = uidl.get(0);
            }
            return applyUidl(uidl, false);
        } catch (Exception e) {
            return "UIDL answer is not JSON: " + e.getMessage() + ": " + abbreviate(body);
        }
    }

    private String applyUidl(JsonNode uidl, boolean init) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError")) {
            return "appError: " + abbreviate(meta.get("appError").toString());
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "session expired";
        }
        if (uidl.has("syncId")) {
            int s = uidl.get("syncId").asInt();
            if (!init && s <= syncId) {
                return "stale syncId " + s + " after " + syncId;
            }
            syncId = s;
        }
        if (uidl.has("clientId")) {
            int expected = uidl.get("clientId").asInt();
            if (!init && expected != clientId) {
                return "client id out of sync: server expects " + expected + ", sent " + (clientId - 1);
            }
            clientId = expected;
        }
        if (meta.path("resynchronize").asBoolean(false)) {
            return "server asked to resynchronize";
        }
        uidl.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        lastChanges = uidl.path("changes").size();
        Set<Integer> attached = new LinkedHashSet<>();
        for (JsonNode c : uidl.path("changes")) {
            int id = c.path("node").asInt();
            switch (c.path("type").asText()) {
                case "attach" -> {
                    nodes.put(id, new Node());
                    attached.add(id);
                }
                case "detach" -> {
                    nodes.remove(id);
                    parents.remove(id);
                    items.remove(id);
                }
                case "put" -> put(id, c);
                case "splice" -> {
                    for (JsonNode child : c.path("addNodes")) {
                        parents.put(child.asInt(), id);
                    }
                }
                default -> { }
            }
        }
        overlaysOpenedOrClosed(uidl.path("changes"));
        for (int id : attached) {
            Node n = nodes.get(id);
            if (n == null) {
                continue;
            }
            n.listeners().forEach((event, constant) -> {
                if (event.endsWith("-changed") && onlyPropertySync(constants.get(constant))) {
                    pending.add(F.objectNode().put("type", "event").put("node", id).put("event", event)
                            .set("data", F.objectNode()));
                }
            });
        }
        for (JsonNode x : uidl.path("execute")) {
            String script = x.get(x.size() - 1).asText("");
            if (script.endsWith("$connector.confirm($1)") && x.size() == 3) {
                pending.add(published(x.get(0).path("@v-node").asInt(), "confirmUpdate", F.arrayNode().add(x.get(1))));
            } else if (script.contains("$connector.set(") && x.get(0).has("@v-node")) {
                int id = x.get(0).get("@v-node").asInt();
                boolean first = x.get(1).asInt(0) == 0;
                for (JsonNode arg : x) {
                    if (nodes.containsKey(id) && arg.isArray() && !arg.isEmpty() && arg.get(0).has("key")) {
                        List<JsonNode> page = first ? new ArrayList<>() : items.computeIfAbsent(id, k -> new ArrayList<>());
                        arg.forEach(page::add);
                        items.put(id, page);
                    }
                }
            } else if (script.contains("$connector.clear(") && x.get(0).has("@v-node") && x.get(1).asInt(-1) == 0) {
                items.remove(x.get(0).get("@v-node").asInt());
            } else if (script.contains("this.$server.updateSelectedTab(true)")) {
                pendingLater.add(published(x.get(0).path("@v-node").asInt(), "updateSelectedTab",
                        F.arrayNode().add(true)));
            } else if (script.contains("document.title = $0") && x.get(0).isTextual()) {
                title = x.get(0).asText();
            }
        }
        if (title != null && (title.startsWith("页面不存在") || title.startsWith("出错了")
                || title.startsWith("Page not found") || title.startsWith("Something went wrong"))) {
            return "error view: " + title;
        }
        return "ok";
    }

    private void put(int id, JsonNode c) {
        Node n = nodes.computeIfAbsent(id, k -> new Node());
        String key = c.path("key").asText();
        int feat = c.path("feat").asInt(-1);
        JsonNode value = c.get("value");
        if (feat == 0 && "tag".equals(key)) {
            nodes.put(id, new Node(value.asText(), n.listeners(), n.props()));
        } else if (feat == 0 && "visible".equals(key) && value != null) {
            n.props().put("#hidden", !value.asBoolean(true));
        } else if (feat == 4 && value != null) {
            n.listeners().put(key, value.asText());
        } else if (feat == 7 && "text".equals(key) && value != null) {
            n.props().put("#text", value.asText());
        } else if ((feat == 1 || feat == 3) && value != null && value.isValueNode()) {
            n.props().put(key, value.asText());
        }
    }

    /**
     * A dialog or notification the server auto-added to the UI leaves it only when the browser
     * reports its overlay {@code closed} (after the closing animation); without that event every
     * closed editor would stay attached, holding the view that opened it.
     */
    private void overlaysOpenedOrClosed(JsonNode changes) {
        for (JsonNode c : changes) {
            if (!"put".equals(c.path("type").asText()) || c.path("feat").asInt(-1) != 1 || !"opened".equals(c.path("key").asText())) {
                continue;
            }
            int id = c.path("node").asInt();
            Node n = nodes.get(id);
            if (n == null) {
                continue;
            }
            if (!c.path("value").asBoolean(false)) {
                timedOut.remove(id);
                if (n.listeners().containsKey("closed")) {
                    pendingLater.add(F.objectNode().put("type", "event").put("node", id).put("event", "closed").set("data", F.objectNode()));
                }
            } else if ("vaadin-notification".equals(n.tag()) && !"0".equals(String.valueOf(n.props().getOrDefault("duration", "5000")))) {
                timedOut.add(id);
            }
        }
    }

    /** What the browser sent when the notifications' timers ran out: opened false, then closed. */
    private void closeTimedOutNotifications(ArrayNode rpc) {
        ArrayNode closing = F.arrayNode();
        for (int id : timedOut) {
            Node n = nodes.get(id);
            if (n == null) {
                continue;
            }
            n.props().put("opened", "false");
            closing.add(F.objectNode().put("type", "mSync").put("node", id).put("feature", 1).put("property", "opened").put("value", false));
            for (String event : List.of("opened-changed", "closed")) {
                if (n.listeners().containsKey(event)) {
                    closing.add(F.objectNode().put("type", "event").put("node", id).put("event", event).set("data", F.objectNode()));
                }
            }
        }
        timedOut.clear();
        for (int i = closing.size() - 1; i >= 0; i--) {
            rpc.insert(0, closing.get(i));
        }
    }

    private static boolean onlyPropertySync(JsonNode expressions) {
        if (expressions == null) {
            return true;
        }
        for (var it = expressions.fieldNames(); it.hasNext(); ) {
            if (!it.next().startsWith("}")) {
                return false;
            }
        }
        return true;
    }

    private ObjectNode published(int node, String method, ArrayNode args) {
        return F.objectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method).<ObjectNode>set("templateEventMethodArgs", args)
                .put("promise", 0);
    }

    /**
     * The side-navigation paths of the current page, in order ("" is the home view): from the markup of the
     * drawer's navigation (one element whose innerHTML holds the vaadin-side-nav-items), or from item nodes.
     */
    List<String> menu() {
        Map<String, Boolean> paths = new LinkedHashMap<>();
        for (Node node : nodes.values()) {
            Object markup = node.props().get("innerHTML");
            if (markup != null && markup.toString().contains("<vaadin-side-nav-item")) {
                Matcher item = SIDE_NAV_PATH.matcher(markup.toString());
                while (item.find()) {
                    paths.put(item.group(1).replace("&amp;", "&"), true);
                }
            }
        }
        if (!paths.isEmpty()) {
            return new ArrayList<>(paths.keySet());
        }
        List<Map.Entry<Integer, Node>> items = new ArrayList<>();
        for (var e : nodes.entrySet()) {
            if ("vaadin-side-nav-item".equals(e.getValue().tag()) && e.getValue().props().containsKey("path")) {
                items.add(e);
            }
        }
        items.sort(Map.Entry.<Integer, Node>comparingByKey().reversed()); // attached bottom-up: highest id first
        items.forEach(e -> paths.put(String.valueOf(e.getValue().props().get("path")), true));
        return new ArrayList<>(paths.keySet());
    }

    private static final Pattern SIDE_NAV_PATH = Pattern.compile("<vaadin-side-nav-item path=\"([^\"]*)\"");

    /**
     * A user picks {@code value} (an item key) in the attached field with this element id: the
     * property sync and the value-changed event the browser sends; null when there is no such field.
     */
    String pick(String elementId, String value) {
        Integer id = nodes.entrySet().stream().filter(e -> elementId.equals(e.getValue().props().get("id"))
                        && e.getValue().listeners().containsKey("value-changed"))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (id == null) {
            return null;
        }
        nodes.get(id).props().put("value", value);
        ArrayNode rpc = F.arrayNode()
                .add(F.objectNode().put("type", "mSync").put("node", id).put("feature", 1).put("property", "value")
                        .put("value", value))
                .add(F.objectNode().put("type", "event").put("node", id).put("event", "value-changed")
                        .set("data", F.objectNode()));
        lastChanges = -1;
        return message(rpc);
    }

    /** Node id of the attached field with this label or accessible name (the highest id: the newest, e.g. in a dialog), or -1. */
    int fieldByLabel(String label) {
        return nodes.entrySet().stream().filter(e -> label.equals(e.getValue().props().get("label"))
                        || label.equals(e.getValue().props().get("accessibleName")))
                .map(Map.Entry::getKey).max(Integer::compare).orElse(-1);
    }

    /** Node id of the newest attached button whose text is {@code text}, or -1. */
    int buttonByText(String text) {
        int found = -1;
        for (var e : nodes.entrySet()) {
            Object t = e.getValue().props().get("#text");
            Integer parent = parents.get(e.getKey());
            if (text.equals(t) && parent != null && nodes.containsKey(parent)
                    && "vaadin-button".equals(nodes.get(parent).tag()) && !Boolean.TRUE.equals(nodes.get(parent).props().get("#hidden"))) {
                found = Math.max(found, parent);
            }
        }
        return found;
    }

    /**
     * Node id of the attached node beside {@code node} (the same parent) that is a field with this
     * label or accessible name or a visible button with this text, or -1.
     */
    int besides(int node, String labelOrText) {
        Integer parent = parents.get(node);
        if (parent == null) {
            return -1;
        }
        for (var e : parents.entrySet()) {
            if (!parent.equals(e.getValue()) || !nodes.containsKey(e.getKey())) {
                continue;
            }
            Node n = nodes.get(e.getKey());
            if (labelOrText.equals(n.props().get("label")) || labelOrText.equals(n.props().get("accessibleName"))) {
                return e.getKey();
            }
            if ("vaadin-button".equals(n.tag()) && !Boolean.TRUE.equals(n.props().get("#hidden"))) {
                for (var child : parents.entrySet()) {
                    if (child.getValue().equals(e.getKey()) && nodes.containsKey(child.getKey())
                            && labelOrText.equals(nodes.get(child.getKey()).props().get("#text"))) {
                        return e.getKey();
                    }
                }
            }
        }
        return -1;
    }

    /** {@link #fill} on the field labelled {@code label}; null (no message) when the view has none. */
    String fillByLabel(String label, String value) {
        int node = fieldByLabel(label);
        return node < 0 ? null : fill(node, value);
    }

    /** {@link #click} on the button showing {@code text}; null (no message) when the view has none. */
    String clickByText(String text) {
        int node = buttonByText(text);
        return node < 0 ? null : click(node);
    }

    /** A user types or picks {@code value} in the field: the property sync and the events the field's server side listens to. */
    String fill(int node, String value) {
        Node n = nodes.get(node);
        ArrayNode rpc = F.arrayNode().add(F.objectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value));
        for (String event : List.of("input", "change", "blur", "value-changed")) {
            if (n != null && n.listeners().containsKey(event)) {
                rpc.add(F.objectNode().put("type", "event").put("node", node).put("event", event).set("data", F.objectNode()));
            }
        }
        lastChanges = -1;
        return message(rpc);
    }

    /** The value property of the attached node as last synchronised (a text field's text, a select's key), or null. */
    String value(int node) {
        Node n = nodes.get(node);
        Object v = n == null ? null : n.props().get("value");
        return v == null ? null : String.valueOf(v);
    }

    /** Node id of the newest attached, visible node with this tag whose property or attribute {@code name} is {@code value}, or -1. */
    int byTagAnd(String tag, String name, String value) {
        return nodes.entrySet().stream().filter(e -> tag.equals(e.getValue().tag()) && value.equals(e.getValue().props().get(name))
                        && !Boolean.TRUE.equals(e.getValue().props().get("#hidden")))
                .map(Map.Entry::getKey).max(Integer::compare).orElse(-1);
    }

    /** Node id of the newest attached node whose property {@code property} contains {@code text}, or -1. */
    int withProperty(String property, String text) {
        return nodes.entrySet().stream().filter(e -> e.getValue().props().get(property) instanceof String v && v.contains(text))
                .map(Map.Entry::getKey).max(Integer::compare).orElse(-1);
    }

    /** The string property of an attached node, or null. */
    String property(int node, String property) {
        Node n = nodes.get(node);
        return n == null || !(n.props().get(property) instanceof String v) ? null : v;
    }

    /** A user ticks (or clears) the checkbox: the checked property and the event the server listens to. */
    String check(int node, boolean checked) {
        nodes.get(node).props().put("checked", String.valueOf(checked));
        lastChanges = -1;
        return message(F.arrayNode()
                .add(F.objectNode().put("type", "mSync").put("node", node).put("feature", 1).put("property", "checked").put("value", checked))
                .add(F.objectNode().put("type", "event").put("node", node).put("event", "checked-changed").set("data", F.objectNode())));
    }

    /**
     * A click on an element whose click listener reads the target in the browser (event data
     * expressions such as {@code event.target.closest('[data-id]')…}): {@code data} gives each
     * expression's value.
     */
    String clickWith(int node, java.util.function.Function<String, String> data) {
        Node n = nodes.get(node);
        ObjectNode values = F.objectNode();
        JsonNode expressions = n == null ? null : constants.get(n.listeners().get("click"));
        if (expressions != null) {
            for (var it = expressions.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                values.put(key, data.apply(key));
            }
        }
        lastChanges = -1;
        return message(F.arrayNode().add(F.objectNode().put("type", "event").put("node", node).put("event", "click")
                .<ObjectNode>set("data", values)));
    }

    /** A user opens the combo box: the browser asks for the first page of its items. */
    String openComboBox(int node) {
        return openComboBox(node, "");
    }

    /** A user types {@code filter} into the combo box: the browser asks for the first page of the items it matches. */
    String openComboBox(int node, String filter) {
        lastChanges = -1;
        return message(F.arrayNode()
                .add(F.objectNode().put("type", "mSync").put("node", node).put("feature", 1).put("property", "opened").put("value", true))
                .add(published(node, "setViewportRange", F.arrayNode().add(0).add(50).add(filter))));
    }

    /** A user picks these items (keys received before) in the multi-select combo box: its selected items and their event. */
    String select(int node, List<String> keys) {
        ArrayNode selected = F.arrayNode();
        keys.forEach(key -> selected.add(F.objectNode().put("key", key)));
        ArrayNode rpc = F.arrayNode().add(F.objectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "selectedItems").<ObjectNode>set("value", selected));
        Node n = nodes.get(node);
        if (n != null && n.listeners().containsKey("selected-items-changed")) {
            rpc.add(F.objectNode().put("type", "event").put("node", node).put("event", "selected-items-changed").set("data", F.objectNode()));
        }
        lastChanges = -1;
        return message(rpc);
    }

    /** Key of the first item the combo box or grid received, or null. */
    String firstItemKey(int node) {
        return itemKey(node, item -> true);
    }

    /** Key of the first item received by the combo box or grid that matches (its JSON: key, label or column values), or null. */
    String itemKey(int node, java.util.function.Predicate<JsonNode> match) {
        return items.getOrDefault(node, List.of()).stream().filter(match).map(i -> i.path("key").asText()).findFirst().orElse(null);
    }

    /** The items the combo box or grid received so far. */
    List<JsonNode> items(int node) {
        return items.getOrDefault(node, List.of());
    }

    /** Whether any text value of the item (a column or renderer property) equals {@code text}. */
    static boolean itemShows(JsonNode item, String text) {
        return anyText(item, text::equals);
    }

    /** Whether any text value of the item begins with {@code prefix}. */
    static boolean itemShowsStarting(JsonNode item, String prefix) {
        return anyText(item, value -> value.startsWith(prefix));
    }

    private static boolean anyText(JsonNode item, java.util.function.Predicate<String> match) {
        for (var it = item.properties().iterator(); it.hasNext(); ) {
            String value = it.next().getValue().asText(null);
            if (value != null && match.test(value)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the item has a boolean renderer property whose name ends with {@code _name} set to true. */
    static boolean itemFlag(JsonNode item, String name) {
        for (var it = item.properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().endsWith("_" + name) && e.getValue().asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    /** Attached nodes with this tag, oldest first (node ids grow with attachment). */
    List<Integer> byTag(String tag) {
        return nodes.entrySet().stream().filter(e -> tag.equals(e.getValue().tag())).map(Map.Entry::getKey).sorted().toList();
    }

    /** A click on a grid row (not on a button in it): the grid's item-click event with the row's key. */
    String itemClick(int grid, String key) {
        Node n = nodes.get(grid);
        ObjectNode data = F.objectNode();
        JsonNode expressions = n == null ? null : constants.get(n.listeners().get("item-click"));
        if (expressions != null) {
            for (var it = expressions.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (k.equals("event.detail.itemKey")) {
                    data.put(k, key);
                } else if (k.equals("event.detail.internalColumnId")) {
                    data.put(k, "col0");
                } else if (k.endsWith("Key")) {
                    data.put(k, false);
                } else {
                    data.put(k, k.endsWith(".detail") ? 1 : 0);
                }
            }
        }
        lastChanges = -1;
        return message(F.arrayNode().add(F.objectNode().put("type", "event").put("node", grid).put("event", "item-click")
                .<ObjectNode>set("data", data)));
    }

    /** A click on the node, with the event data its click listener asks for (no modifier keys, left button). */
    String click(int node) {
        Node n = nodes.get(node);
        ObjectNode data = F.objectNode();
        JsonNode expressions = n == null ? null : constants.get(n.listeners().get("click"));
        if (expressions != null) {
            for (var it = expressions.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (key.startsWith("event.")) {
                    if (key.endsWith("Key")) {
                        data.put(key, false);
                    } else {
                        data.put(key, key.endsWith("detail") ? 1 : 0);
                    }
                }
            }
        }
        lastChanges = -1;
        return message(F.arrayNode().add(F.objectNode().put("type", "event").put("node", node).put("event", "click")
                .<ObjectNode>set("data", data)));
    }

    /** Starts collecting the answers of one user action (its round trip and what the browser sent after it). */
    void mark() {
        sinceMark.setLength(0);
    }

    /** Whether an answer since {@link #mark()} contains the text. */
    boolean answeredSinceMark(String text) {
        return sinceMark.indexOf(text) >= 0;
    }

    /** Number of state-tree changes in the last answer (a value change that refreshes nothing answers 0). */
    int lastChanges() {
        return lastChanges;
    }

    String title() {
        return title;
    }

    /** Body of a router navigation, as a click on a side-navigation item sends it. */
    String navigate(String route, boolean initial) {
        ObjectNode data = F.objectNode().put("route", initial ? "/" + route : route).put("query", "")
                .put("appShellTitle", "");
        data.set("historyState", F.objectNode().put("idx", initial ? 0 : ++historyIdx));
        data.put("trigger", initial ? "" : "client");
        title = null;
        sinceMark.setLength(0); // a new view: the answers of the last one need not be kept
        ArrayNode rpc = F.arrayNode();
        if (initial && pageCarriedUi) {
            // the page came with its view: the browser sends the components' upgrade events with its navigation
            rpc.addAll(pending);
            pending = F.arrayNode();
        }
        rpc.add(F.objectNode().put("type", "event").put("node", 1)
                .put("event", "ui-navigate").<ObjectNode>set("data", data));
        return message(rpc);
    }

    boolean hasFollowUp() {
        return !pending.isEmpty() || !pendingLater.isEmpty();
    }

    /** What the browser sends by itself after the last answer (component events, grid confirmations). */
    String followUp() {
        ArrayNode rpc;
        if (!pending.isEmpty()) {
            rpc = pending;
            pending = F.arrayNode();
        } else {
            rpc = pendingLater;
            pendingLater = F.arrayNode();
        }
        return message(rpc);
    }

    private String message(ArrayNode rpc) {
        closeTimedOutNotifications(rpc);
        ObjectNode m = F.objectNode().put("csrfToken", csrf);
        m.set("rpc", rpc);
        m.put("syncId", syncId).put("clientId", clientId++);
        return m.toString();
    }

    int uiId() {
        return uiId;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
