package com.programdesk.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.gatling.javaapi.core.CoreDsl.*;

/**
 * The write mix of issue 18: what a user saves on some visits to a view, the way the UI does it
 * (clicks, typed values, picked items), each checked by the localized confirmation the answer must
 * contain (a missing one is an error, and that user stops). What is picked keeps repeated runs
 * working on the demo data: the current period's report, a period long before the demo data, the
 * first task, finding or report that waits (the n-th session of an account takes the n-th one, so
 * that such sessions do not all pick the same). When nothing waits, the flow ends without a write
 * and without an error ("nothing waiting" in the summary).
 *
 * <ul>
 *   <li>Institution staff, in 统计报表: on odd visits save draft values (three rows) of the current
 *   period's report of their first form; on even visits file a period before the demo data (a year
 *   at least three years back, the "其他期间" picker): type every value and 上报. In 我的任务: open
 *   the first open task; report progress (+20 %) or, at 100 %, submit it for acceptance. In 整改任务:
 *   answer the first finding waiting for a correction. In 活动日历, every second visit: log a free
 *   clinic they held last month (a click on a day) and mark it done with its attendance.</li>
 *   <li>The coordinator, in 统计报表: approve the first report waiting (已上报待审核). In 任务清单:
 *   on every third visit assign a task to one of the institutions whose staff take part (分派任务);
 *   on the other visits filter by 已提交 and accept or return (with a reason) the first task, in turn. In 问题整改:
 *   filter by 待审核 and verify (no evidence needed, with a reason) or return the first correction,
 *   in turn. In 督导检查, every second visit: record a finding at a visit of a supervision round
 *   (planning the round first when none of the load's accepts visits).</li>
 *   <li>Association staff log a member event on every visit to 会员活动; the viewer changes the
 *   dashboard's period twice on every visit.</li>
 * </ul>
 */
final class WriteFlows {

    static final Set<String> INSTITUTION_STAFF = Set.of("mch.staff", "second.staff", "hongqiao.staff", "qixian.staff", "sxmch.staff",
            "youth.staff");
    static final Set<String> ASSOCIATION_STAFF = Set.of("association", "nantang.branch");

    /**
     * What is typed into the report forms, by data element (the accessible name of its row's value
     * field). Together the values pass every rule of the forms: the pathways add up to the visits,
     * the risk colours stay below them, repeat abortions and long-acting contraception below
     * abortions, the aware below the surveyed.
     */
    static final Map<String, Long> VALUES = values(
            "早孕门诊就诊人次", 60, "继续妊娠路径", 30, "异常早孕路径", 10, "意向终止妊娠路径", 20,
            "绿色（低风险）", 30, "黄色（一般风险）", 15, "橙色（较高风险）", 8, "红色（高风险）", 3, "紫色（传染病）", 1,
            "人工流产例数", 20, "重复流产例数", 1, "流产后避孕咨询人次", 20, "流产后落实长效避孕例数", 10,
            "转诊妇幼保健院例数", 4, "随访结案数", 12,
            "免费避孕套", 500, "免费口服避孕药", 40, "免费宫内节育器", 10, "免费紧急避孕药", 30, "免费外用避孕药", 20,
            "避孕咨询服务人次", 80,
            "调查人数", 200, "知晓人数", 160);

    /** The coordinator's verdicts alternate: accept, return, accept, … (verify, return, … for corrections). */
    private static final AtomicInteger TASK_VERDICTS = new AtomicInteger();
    private static final AtomicInteger CORRECTION_VERDICTS = new AtomicInteger();
    /** error.conflict: someone saved the record meanwhile, this change was not saved. */
    static final String CONFLICT = "这条记录刚刚已被其他用户修改";
    private static final Pattern ENTRY = Pattern.compile("data-id=\"(\\d+)\"[^>]*title=\"([^\"]*)\"");

    private WriteFlows() {
    }

    private static Map<String, Long> values(Object... pairs) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
        }
        return values;
    }

    private static VaadinClient client(Session s) {
        return ProgramDeskSimulation.client(s);
    }

    // ---- the steps a flow is made of ----

    /** Starts a flow (its round trips are recorded as "flow · step"). */
    private static ChainBuilder start(String flow) {
        return exec(s -> {
            Writes.started(flow);
            return s.set("nothing", false);
        });
    }

    /** One action of the flow, unless it found nothing to do; a missing control is an error. */
    private static ChainBuilder step(String flow, String step, Function<Session, String> body) {
        return doIf(s -> !s.getBoolean("nothing")).then(ProgramDeskSimulation.act(flow + " · " + step, body));
    }

    /** Looks at the state (and may keep what it found in the session); null ends the flow: nothing waits for this user. */
    private static ChainBuilder find(String flow, Function<Session, Session> lookup) {
        return doIf(s -> !s.getBoolean("nothing")).then(exec(s -> {
            Session found = lookup.apply(s);
            if (found != null) {
                return found;
            }
            Writes.nothingWaiting(flow);
            return s.set("nothing", true);
        }));
    }

    /**
     * The page offers the action: a task that another session of the same account already submitted or reviewed
     * (the list was read before), or one this institution only cooperates on, no longer shows its button; then
     * nothing waits for this user, as the app rightly shows.
     */
    private static ChainBuilder offered(String flow, String button) {
        return find(flow, s -> client(s).buttonByText(button) < 0 ? null : s);
    }

    /**
     * The answer of the last step must contain the confirmation; counts the write. The app's
     * conflict message instead (another session of the same account saved the record first, as
     * happens with more virtual users than accounts) is counted as a conflict, not an error.
     */
    private static ChainBuilder confirmed(String flow, String write, String text) {
        return answered(flow, write, text, true);
    }

    /**
     * A save on the way to the write: its confirmation lets the flow go on; the app's conflict message (another
     * session saved the same new record first: two coordinators recording the same visit) ends it as a conflict.
     */
    private static ChainBuilder savedOrConflict(String flow, String what, String text) {
        return answered(flow, what, text, false);
    }

    private static ChainBuilder answered(String flow, String what, String text, boolean isTheWrite) {
        return doIf(s -> !s.getBoolean("nothing")).then(exec(s -> {
            if (client(s).answeredSinceMark(text)) {
                if (isTheWrite) {
                    Writes.done(what);
                }
                return s;
            }
            if (client(s).answeredSinceMark(CONFLICT)) {
                Writes.conflict(flow);
                return s.set("nothing", true);
            }
            RoundTrips.record(s.userId(), s.getString("view"), "check failed: " + what + " (\"" + text + "\")", -1, false);
            return s.markAsFailed();
        }).exitHereIfFailed());
    }

    private static String open(Session s, String label) {
        return open(s, label, "");
    }

    /** Opens the combo box labelled {@code label} with {@code filter} typed into it. */
    private static String open(Session s, String label, String filter) {
        int node = client(s).fieldByLabel(label);
        return node < 0 ? null : client(s).openComboBox(node, filter);
    }

    /** Picks the item with this label in the combo box (opened before). */
    private static String pick(Session s, String label, String item) {
        int node = client(s).fieldByLabel(label);
        String key = node < 0 ? null : client(s).itemKey(node, i -> item.equals(i.path("label").asText()));
        return key == null ? null : client(s).fill(node, key);
    }

    /** Picks the first item the combo box labelled {@code label} received (opened before). */
    private static String pickFirst(Session s, String label) {
        int node = client(s).fieldByLabel(label);
        String key = node < 0 ? null : client(s).firstItemKey(node);
        return key == null ? null : client(s).fill(node, key);
    }

    /**
     * A row of the page's grids that matches: the first one in page order, or for the n-th session of
     * the same account the n-th one (modulo), so that such sessions do not all pick the same record.
     * The session with "grid" and "row", or null when no row matches.
     */
    private static Session row(Session s, Predicate<JsonNode> match) {
        List<String[]> rows = new ArrayList<>();
        for (int grid : client(s).byTag("vaadin-grid").reversed()) { // attached bottom-up: the first grid has the highest id
            for (JsonNode item : client(s).items(grid)) {
                if (match.test(item)) {
                    rows.add(new String[] {String.valueOf(grid), item.path("key").asText()});
                }
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        String[] row = rows.get(Math.floorMod(s.contains("ordinal") ? s.getInt("ordinal") : 0, rows.size()));
        return s.set("grid", Integer.parseInt(row[0])).set("row", row[1]);
    }

    private static Predicate<JsonNode> shows(String... texts) {
        return item -> Arrays.stream(texts).anyMatch(t -> VaadinClient.itemShows(item, t));
    }

    private static String clickRow(Session s) {
        return client(s).itemClick(s.getInt("grid"), s.getString("row"));
    }

    /** The fields of the open report that {@link #VALUES} fills, in form order, as "label=value". */
    private static List<String> cells(VaadinClient c, int limit, boolean vary) {
        List<String> cells = new ArrayList<>();
        VALUES.forEach((label, value) -> {
            if (cells.size() < limit && c.fieldByLabel(label) >= 0) {
                cells.add(label + "=" + (vary ? value + ThreadLocalRandom.current().nextInt(5) : value));
            }
        });
        return cells;
    }

    private static ChainBuilder typeCells(String flow) {
        return doIf(s -> !s.getBoolean("nothing")).then(foreach(s -> s.getList("cells"), "cell").on(
                step(flow, "fill", s -> {
                    String cell = s.getString("cell");
                    int eq = cell.lastIndexOf('=');
                    return client(s).fillByLabel(cell.substring(0, eq), cell.substring(eq + 1));
                })));
    }

    // ---- institution staff ----

    /** Draft values of the current period (本期) of the first form (the n-th session of an account: the n-th): open its row, type three values, 保存草稿. */
    static final ChainBuilder REPORT_DRAFT = start("report draft")
            .exec(find("report draft", s -> row(s, item -> VaadinClient.itemFlag(item, "current"))))
            .exec(step("report draft", "open", WriteFlows::clickRow))
            .exec(find("report draft", s -> client(s).buttonByText("保存草稿") < 0 ? null : s.set("cells", cells(client(s), 3, true))))
            .exec(typeCells("report draft"))
            .exec(step("report draft", "save", s -> client(s).clickByText("保存草稿")))
            .exec(confirmed("report draft", "report drafts saved", "草稿已保存"));

    /**
     * Files a period before the demo data: the first form's "其他期间" picker (a year three or more
     * years back, chosen by the virtual user and its visit, and a random month or quarter), every value, 上报.
     * A period already filed (no 上报 on its page) means nothing waits.
     */
    static final ChainBuilder REPORT_SUBMIT = start("report submit")
            .exec(s -> s.set("year", client(s).fieldByLabel("年份")))
            .exec(step("report submit", "open year", s -> s.getInt("year") < 0 ? null : client(s).openComboBox(s.getInt("year"))))
            .exec(step("report submit", "pick year", s -> {
                int lastYear = LocalDate.now().getYear() - 3;
                List<JsonNode> years = client(s).items(s.getInt("year")).stream()
                        .filter(i -> i.path("label").asText().matches("\\d{4}年") && Integer.parseInt(i.path("label").asText().substring(0, 4)) <= lastYear)
                        .toList();
                return years.isEmpty() ? null : client(s).fill(s.getInt("year"),
                        years.get(Math.floorMod(s.userId() * 7 + ProgramDeskSimulation.visits(s), years.size())).path("key").asText());
            }))
            .exec(s -> {
                int part = client(s).besides(s.getInt("year"), "月份");
                return s.set("part", part >= 0 ? part : client(s).besides(s.getInt("year"), "季度"));
            })
            .doIf(s -> s.getInt("part") >= 0).then(
                    step("report submit", "open part", s -> client(s).openComboBox(s.getInt("part")))
                            .exec(step("report submit", "pick part", s -> {
                                List<JsonNode> parts = client(s).items(s.getInt("part"));
                                return parts.isEmpty() ? null : client(s).fill(s.getInt("part"),
                                        parts.get(ThreadLocalRandom.current().nextInt(parts.size())).path("key").asText());
                            })))
            .exec(step("report submit", "open period", s -> {
                int button = client(s).besides(s.getInt("year"), "打开该期间");
                return button < 0 ? null : client(s).click(button);
            }))
            .exec(find("report submit", s -> client(s).buttonByText("上报") < 0 ? null : s.set("cells", cells(client(s), VALUES.size(), false))))
            .exec(typeCells("report submit"))
            .exec(step("report submit", "submit", s -> client(s).clickByText("上报")))
            .exec(confirmed("report submit", "reports submitted", "报表已上报"));

    /** The first open task they lead: progress +20 % with a note, or at 100 % submit it for acceptance. */
    static final ChainBuilder TASK_PROGRESS = start("task progress")
            .exec(find("task progress", s -> row(s, shows("已分派", "进行中", "已退回"))))
            .exec(step("task progress", "open", WriteFlows::clickRow))
            .exec(find("task progress", s -> client(s).buttonByText("更新进度") < 0 ? null : s.set("percent", progress(client(s)))))
            .doIf(s -> !s.getBoolean("nothing") && s.getInt("percent") < 100).then(
                    step("task progress", "dialog", s -> client(s).clickByText("更新进度"))
                            .exec(step("task progress", "percent", s -> client(s).fillByLabel("进度", String.valueOf(Math.min(100, s.getInt("percent") + 20)))))
                            .exec(step("task progress", "text", s -> client(s).fillByLabel("本次进展", "压测：按计划推进，已完成本阶段工作。")))
                            .exec(step("task progress", "save", s -> client(s).clickByText("更新进度")))
                            .exec(confirmed("task progress", "task progress reported", "进度已更新为")))
            .doIf(s -> !s.getBoolean("nothing") && s.getInt("percent") >= 100).then(
                    offered("task progress", "提交验收")
                            .exec(step("task progress", "dialog", s -> client(s).clickByText("提交验收")))
                            .exec(step("task progress", "note", s -> client(s).fillByLabel("说明（可选）", "压测：已全部完成，请验收。")))
                            .exec(step("task progress", "submit", s -> client(s).clickByText("提交验收")))
                            .exec(confirmed("task progress", "tasks submitted", "任务已提交验收")));

    private static int progress(VaadinClient c) {
        List<Integer> bars = c.byTag("vaadin-progress-bar");
        String value = bars.isEmpty() ? null : c.value(bars.getLast());
        return value == null ? 0 : (int) Double.parseDouble(value);
    }

    /** The first finding waiting for their correction: measures, the day they were completed (today), 提交整改. */
    static final ChainBuilder CORRECTION = start("correction")
            .exec(find("correction", s -> row(s, shows("待整改"))))
            .exec(step("correction", "open", WriteFlows::clickRow))
            .exec(find("correction", s -> client(s).buttonByText("提交整改") < 0 ? null : s))
            .exec(step("correction", "measures", s -> client(s).fillByLabel("整改措施", "压测：已按要求完成整改，建立核查台账并专人负责。")))
            .exec(step("correction", "completed", s -> {
                int picker = client(s).fieldByLabel("整改完成日期");
                String today = picker < 0 ? null : client(s).property(picker, "max"); // the app's today
                return picker < 0 ? null : client(s).fill(picker, today != null ? today : LocalDate.now().toString());
            }))
            .exec(step("correction", "submit", s -> client(s).clickByText("提交整改")))
            .exec(confirmed("correction", "corrections submitted", "整改已提交"));

    /**
     * A free clinic they held last month: 上一页, a click on a day (a new activity on it for their
     * institution, in the program running then), title, type, 保存; then open it and 标记完成. When no
     * program ran that day (the program year began this month), today instead: 取消, 今天, 新建活动.
     * Last month, not today: the month everyone's calendar opens on keeps its size during the run.
     */
    static final ChainBuilder ACTIVITY = start("activity")
            .exec(s -> {
                LocalDate month = LocalDate.now().withDayOfMonth(1).minusMonths(1);
                return s.set("title", "压测义诊 " + s.userId() + "-" + System.nanoTime() % 100000)
                        .set("day", month.plusDays(ThreadLocalRandom.current().nextInt(month.lengthOfMonth())).toString());
            })
            .exec(step("activity", "previous month", s -> {
                int button = client(s).byTagAnd("vaadin-button", "aria-label", "上一页");
                return button < 0 ? null : client(s).click(button);
            }))
            .exec(step("activity", "day", s -> {
                String day = s.getString("day");
                int grid = client(s).withProperty("innerHTML", "data-date=\"" + day + "\"");
                return grid < 0 ? null : client(s).clickWith(grid, expression -> expression.contains("[data-date]") ? day : "");
            }))
            .doIf(s -> client(s).value(client(s).fieldByLabel("所属方案")) == null || client(s).value(client(s).fieldByLabel("所属方案")).isEmpty()).then(
                    step("activity", "cancel", s -> client(s).clickByText("取消"))
                            .exec(step("activity", "today", s -> client(s).clickByText("今天")))
                            .exec(step("activity", "new", s -> client(s).clickByText("新建活动"))))
            .exec(step("activity", "title", s -> client(s).fillByLabel("活动名称", s.getString("title"))))
            .exec(step("activity", "open types", s -> open(s, "活动类型")))
            .exec(step("activity", "type", s -> pick(s, "活动类型", "义诊咨询")))
            .exec(step("activity", "save", s -> client(s).clickByText("保存")))
            .exec(ProgramDeskSimulation.expect("activity saved (\"已保存活动\")", c -> c.answeredSinceMark("已保存活动")))
            .exec(step("activity", "open", s -> {
                int grid = client(s).withProperty("innerHTML", s.getString("title"));
                String id = grid < 0 ? null : entryId(client(s).property(grid, "innerHTML"), s.getString("title"));
                return id == null ? null : client(s).clickWith(grid, expression -> expression.contains("[data-id]") ? id : "");
            }))
            .exec(step("activity", "done dialog", s -> client(s).clickByText("标记完成")))
            .exec(step("activity", "attendance", s -> client(s).fillByLabel("实际参与人数", String.valueOf(20 + ThreadLocalRandom.current().nextInt(30)))))
            .exec(step("activity", "outcome", s -> client(s).fillByLabel("活动成效", "压测：义诊咨询按计划完成，发放宣传资料。")))
            .exec(step("activity", "done", s -> client(s).clickByText("标记完成")))
            .exec(confirmed("activity", "activities done", "已标记为完成"));

    /** The data-id of the calendar entry whose title (attribute "title · status") starts with this title. */
    private static String entryId(String html, String title) {
        Matcher m = ENTRY.matcher(html);
        while (m.find()) {
            if (m.group(2).startsWith(title + " ")) {
                return m.group(1);
            }
        }
        return null;
    }

    // ---- the coordinator ----

    /** The first report waiting for review (the list's default filter): open it, 审核通过, confirm. */
    static final ChainBuilder REPORT_APPROVAL = start("report approval")
            .exec(find("report approval", s -> row(s, shows("已上报待审核"))))
            .exec(step("report approval", "open", WriteFlows::clickRow))
            .exec(find("report approval", s -> client(s).buttonByText("审核通过") < 0 ? null : s))
            .exec(step("report approval", "dialog", s -> client(s).clickByText("审核通过")))
            .exec(step("report approval", "confirm", s -> client(s).clickByText("审核通过")))
            .exec(confirmed("report approval", "reports approved", "报表已审核通过"));

    /** The institutions the coordinator (乐清市) reaches whose staff take part in the load, by code: the leads of new tasks, in turn. */
    static final List<String> TASK_LEADS = List.of("YQ-MCH", "YQ-H2", "YQ-HQ-HC", "YQ-YSC");
    private static final AtomicInteger ASSIGNED = new AtomicInteger();

    /** Whether the institution picker's item is the institution with this code (its label: "name (CODE)"). */
    private static boolean isInstitution(JsonNode item, String code) {
        return item.path("label").asText().endsWith("(" + code + ")");
    }

    /**
     * 分派任务: a task for the next of {@link #TASK_LEADS} (typed into the lead field, as a user
     * finds it), in the first running program, due in two weeks. This is the bureau's work that
     * keeps the institutions' task flows going: the demo data's few open tasks are all submitted
     * during the ramp.
     */
    static final ChainBuilder TASK_ASSIGN = start("task assign")
            .exec(s -> s.set("title", "压测任务 " + s.userId() + "-" + System.nanoTime() % 100000)
                    .set("lead", TASK_LEADS.get(Math.floorMod(ASSIGNED.getAndIncrement(), TASK_LEADS.size()))))
            .exec(step("task assign", "dialog", s -> client(s).clickByText("分派任务")))
            .exec(step("task assign", "title", s -> client(s).fillByLabel("任务名称", s.getString("title"))))
            .exec(step("task assign", "open programs", s -> open(s, "所属方案")))
            .exec(step("task assign", "program", s -> pickFirst(s, "所属方案")))
            .exec(step("task assign", "find lead", s -> open(s, "牵头机构（可多选）", s.getString("lead"))))
            .exec(step("task assign", "lead", s -> {
                int node = client(s).fieldByLabel("牵头机构（可多选）");
                String key = client(s).itemKey(node, i -> isInstitution(i, s.getString("lead")));
                return key == null ? null : client(s).select(node, List.of(key));
            }))
            .exec(step("task assign", "due", s -> client(s).fillByLabel("截止日期", LocalDate.now().plusWeeks(2).toString())))
            .exec(step("task assign", "assign", s -> client(s).clickByText("分派任务")))
            .exec(confirmed("task assign", "tasks assigned", "已保存任务"));

    /** Tasks filtered by 已提交; the first one is accepted or returned with a reason, in turn. */
    static final ChainBuilder TASK_REVIEW = start("task review")
            .exec(step("task review", "open filter", s -> open(s, "状态")))
            .exec(step("task review", "filter", s -> pick(s, "状态", "已提交")))
            .exec(find("task review", s -> row(s, shows("已提交"))))
            .exec(step("task review", "open", WriteFlows::clickRow))
            .doIf(s -> !s.getBoolean("nothing")).then(exec(s -> s.set("accept", TASK_VERDICTS.getAndIncrement() % 2 == 0)))
            .doIf(s -> !s.getBoolean("nothing") && s.getBoolean("accept")).then(
                    offered("task review", "验收通过")
                            .exec(step("task review", "dialog", s -> client(s).clickByText("验收通过")))
                            .exec(step("task review", "accept", s -> client(s).clickByText("验收通过")))
                            .exec(confirmed("task review", "tasks accepted", "任务已验收通过")))
            .doIf(s -> !s.getBoolean("nothing") && !s.getBoolean("accept")).then(
                    offered("task review", "退回")
                            .exec(step("task review", "dialog", s -> client(s).clickByText("退回")))
                            .exec(step("task review", "reason", s -> client(s).fillByLabel("退回原因", "压测：请补充佐证材料后重新提交。")))
                            .exec(step("task review", "return", s -> client(s).clickByText("退回")))
                            .exec(confirmed("task review", "tasks returned", "任务已退回")));

    /** The title of the supervision rounds the load plans (督导名称), by which its coordinators find them again. */
    static final String ROUND_TITLE = "压测督导";

    /**
     * Plans a round of the load (新建督导): today, the first program, the default checklist, the
     * institutions of {@link #TASK_LEADS} (typed "乐清" into the field), the first inspector offered;
     * 保存 opens the round.
     */
    private static final ChainBuilder PLAN_ROUND = exec(s -> s.set("round", ROUND_TITLE + " " + LocalDate.now() + " " + s.userId()))
            .exec(step("finding", "plan round", s -> client(s).clickByText("新建督导")))
            .exec(step("finding", "round title", s -> client(s).fillByLabel("督导名称", s.getString("round"))))
            .exec(step("finding", "open programs", s -> open(s, "所属方案")))
            .exec(step("finding", "program", s -> pickFirst(s, "所属方案")))
            .exec(step("finding", "starts", s -> client(s).fillByLabel("开始日期", LocalDate.now().toString())))
            .exec(step("finding", "ends", s -> client(s).fillByLabel("结束日期", LocalDate.now().toString())))
            .exec(step("finding", "find institutions", s -> open(s, "被督导单位", "乐清")))
            .exec(step("finding", "institutions", s -> {
                int node = client(s).fieldByLabel("被督导单位");
                List<String> keys = client(s).items(node).stream()
                        .filter(i -> TASK_LEADS.stream().anyMatch(code -> isInstitution(i, code)))
                        .map(i -> i.path("key").asText()).toList();
                return keys.size() < TASK_LEADS.size() ? null : client(s).select(node, keys);
            }))
            .exec(step("finding", "open inspectors", s -> open(s, "督导人员")))
            .exec(step("finding", "inspectors", s -> {
                int node = client(s).fieldByLabel("督导人员");
                String key = client(s).firstItemKey(node);
                return key == null ? null : client(s).select(node, List.of(key));
            }))
            .exec(step("finding", "save round", s -> client(s).clickByText("保存")))
            .exec(ProgramDeskSimulation.expect("round planned (its page)", c -> c.answeredSinceMark(ROUND_TITLE)));

    /**
     * A supervision visit finds a problem: in 督导检查, a round of the load that accepts visits (or a new
     * one, {@link #PLAN_ROUND}), the visit of one of its institutions (the n-th session of the coordinator
     * the n-th), its date saved when it is the first record, 新增问题: category, severity 一般 (its due date
     * follows), description, required correction, 保存. This is the bureau's work that gives the
     * institutions' corrections something to answer: the demo data's few findings are answered during the ramp.
     */
    static final ChainBuilder FINDING = start("finding")
            .exec(s -> {
                Session found = row(s, item -> shows("计划中", "督导中").test(item) && VaadinClient.itemShowsStarting(item, ROUND_TITLE));
                return found == null ? s.set("planned", false) : found.set("planned", true);
            })
            .doIfOrElse(s -> s.getBoolean("planned")).then(step("finding", "open round", WriteFlows::clickRow)).orElse(PLAN_ROUND)
            .exec(find("finding", s -> row(s, shows("开始检查", "继续记录"))))
            .exec(step("finding", "open visit", WriteFlows::clickRow))
            .doIf(s -> !s.getBoolean("nothing") && client(s).buttonByText("新增问题") < 0).then(
                    step("finding", "visit date", s -> client(s).fillByLabel("检查日期", LocalDate.now().toString()))
                            .exec(step("finding", "save visit", s -> client(s).clickByText("保存检查结果")))
                            .exec(savedOrConflict("finding", "visit saved", "检查结果已保存")))
            .exec(step("finding", "new", s -> client(s).clickByText("新增问题")))
            .exec(step("finding", "category", s -> client(s).fillByLabel("问题类别", "压测问题")))
            .exec(step("finding", "open severities", s -> open(s, "严重程度")))
            .exec(step("finding", "severity", s -> pick(s, "严重程度", "一般")))
            .exec(step("finding", "description", s -> client(s).fillByLabel("问题描述", "压测：药具发放登记不完整，缺少领取人签字。")))
            .exec(step("finding", "correction", s -> client(s).fillByLabel("整改要求", "规范登记，补齐领取人签字并建立核查台账。")))
            .exec(step("finding", "save", s -> client(s).clickByText("保存")))
            .exec(confirmed("finding", "findings recorded", "问题已记录"));

    /** Findings filtered by 待审核; the first correction is verified (no evidence needed, with the reason) or returned, in turn. */
    static final ChainBuilder CORRECTION_REVIEW = start("correction review")
            .exec(step("correction review", "open filter", s -> open(s, "状态")))
            .exec(step("correction review", "filter", s -> pick(s, "状态", "待审核")))
            .exec(find("correction review", s -> row(s, shows("待审核"))))
            .exec(step("correction review", "open", WriteFlows::clickRow))
            .exec(offered("correction review", "审核整改"))
            .exec(step("correction review", "dialog", s -> client(s).clickByText("审核整改")))
            .doIf(s -> !s.getBoolean("nothing")).then(exec(s -> s.set("verify", CORRECTION_VERDICTS.getAndIncrement() % 2 == 0)))
            .doIf(s -> !s.getBoolean("nothing") && s.getBoolean("verify")).then(
                    step("correction review", "no evidence", s -> {
                        int box = client(s).fieldByLabel("无需佐证材料（请在审核意见中说明理由）");
                        return box < 0 ? null : client(s).check(box, true);
                    })
                            .exec(step("correction review", "note", s -> client(s).fillByLabel("审核意见 / 退回原因", "压测：现场复核，整改记录完整，无需另附材料。")))
                            .exec(step("correction review", "verify", s -> client(s).clickByText("审核通过，销号")))
                            .exec(confirmed("correction review", "corrections verified", "整改已验证通过")))
            .doIf(s -> !s.getBoolean("nothing") && !s.getBoolean("verify")).then(
                    step("correction review", "reason", s -> client(s).fillByLabel("审核意见 / 退回原因", "压测：整改措施不具体，请补充后重新提交。"))
                            .exec(step("correction review", "return", s -> client(s).clickByText("退回重新整改")))
                            .exec(confirmed("correction review", "corrections returned", "整改已退回")));

    // ---- association staff and the viewer ----

    /**
     * Association staff log a member event: 登记活动, the first branch they may log for (opening the list), a title,
     * members and others (date and type keep their defaults: today, 会员日), 保存. The answer must
     * confirm the saved event.
     */
    static final ChainBuilder MEMBER_EVENT = start("member event")
            .exec(s -> s.set("title", "压测活动 " + s.userId() + "-" + System.nanoTime() % 100000))
            .exec(step("member event", "open form", s -> client(s).clickByText("登记活动")))
            .exec(step("member event", "open list", s -> open(s, "举办单位")))
            .exec(step("member event", "fill", s -> pickFirst(s, "举办单位")))
            .exec(step("member event", "fill", s -> client(s).fillByLabel("活动名称", s.getString("title"))))
            .exec(step("member event", "fill", s -> client(s).fillByLabel("参加会员（人）", "12")))
            .exec(step("member event", "fill", s -> client(s).fillByLabel("其他参加人员（人）", "3")))
            .exec(step("member event", "save", s -> client(s).clickByText("保存")))
            .exec(confirmed("member event", "member events logged", "已保存活动"));

    /**
     * The viewer reads the dashboard and changes its period: the trend by quarter, then by month
     * again (the granularity select; keys 1 = month, 2 = quarter in the order of its items). The
     * answer must redraw something.
     */
    static final ChainBuilder DASHBOARD_PERIOD = start("dashboard period").exec(repeat(2, "i").on(
            pause(Duration.ofMillis(ProgramDeskSimulation.THINK_MIN), Duration.ofMillis(ProgramDeskSimulation.THINK_MAX))
                    .exec(step("dashboard period", "value change",
                            s -> client(s).pick("dashboard-granularity", s.getInt("i") == 0 ? "2" : "1")))
                    .exec(ProgramDeskSimulation.expect("dashboard redrawn", c -> c.lastChanges() > 0))
                    .exec(s -> {
                        Writes.done("dashboard period changes");
                        return s;
                    })));

    // ---- who writes what, and how often ----

    private static boolean at(Session s, String route, Set<String> accounts) {
        return route.equals(s.getString("route")) && accounts.contains(s.getString("account"));
    }

    /** After a click in the side navigation: the write the user does on this visit to the view, if any. */
    static final ChainBuilder AFTER_VISIT = doIf(s -> at(s, "reports", INSTITUTION_STAFF)).then(
                    doIfOrElse(s -> ProgramDeskSimulation.visits(s) % 2 == 1).then(REPORT_DRAFT).orElse(REPORT_SUBMIT))
            .doIf(s -> at(s, "my-tasks", INSTITUTION_STAFF)).then(TASK_PROGRESS)
            .doIf(s -> at(s, "corrections", INSTITUTION_STAFF)).then(CORRECTION)
            .doIf(s -> at(s, "calendar", INSTITUTION_STAFF) && ProgramDeskSimulation.visits(s) % 2 == 0).then(ACTIVITY)
            .doIf(s -> at(s, "reports", Set.of("coordinator"))).then(REPORT_APPROVAL)
            .doIf(s -> at(s, "tasks", Set.of("coordinator"))).then(
                    doIfOrElse(s -> ProgramDeskSimulation.visits(s) % 3 == 1).then(TASK_ASSIGN).orElse(TASK_REVIEW))
            .doIf(s -> at(s, "findings", Set.of("coordinator"))).then(CORRECTION_REVIEW)
            .doIf(s -> at(s, "supervision", Set.of("coordinator")) && ProgramDeskSimulation.visits(s) % 2 == 1).then(FINDING)
            .doIf(s -> at(s, "member-events", ASSOCIATION_STAFF)).then(MEMBER_EVENT)
            .doIf(s -> at(s, "dashboard", Set.of("viewer"))).then(DASHBOARD_PERIOD);
}
