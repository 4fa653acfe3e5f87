/** Starts Program Desk with Spring's BufferingApplicationStartup and prints where the start-up went: self time per step kind and the costliest steps (bean, config classes, Liquibase). Run by bench/startup-steps.sh. */
import java.util.*;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

public class StartupSteps {
    public static void main(String[] args) {
        var app = new SpringApplication(com.programdesk.Application.class);
        var startup = new BufferingApplicationStartup(200000);
        app.setApplicationStartup(startup);
        app.setMainApplicationClass(com.programdesk.Application.class); // AOT mode looks up the generated initializer by this name
        long t0 = System.nanoTime();
        var ctx = app.run(args);
        System.out.printf("run() took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Long> childTime = new HashMap<>();
        for (var e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) childTime.merge(parent, e.getDuration().toNanos(), Long::sum);
        }
        record Row(String name, long selfMs, long totalMs) {}
        List<Row> rows = new ArrayList<>();
        Map<String, Long> byStep = new TreeMap<>();
        for (var e : events) {
            var s = e.getStartupStep();
            long total = e.getDuration().toNanos();
            long self = total - childTime.getOrDefault(s.getId(), 0L);
            StringBuilder tags = new StringBuilder();
            s.getTags().forEach(t -> tags.append(' ').append(t.getKey()).append('=').append(t.getValue().length() > 90 ? t.getValue().substring(0, 90) : t.getValue()));
            rows.add(new Row(s.getName() + tags, self / 1_000_000, total / 1_000_000));
            byStep.merge(s.getName(), self / 1_000_000, Long::sum);
        }
        System.out.println("-- self time by step name");
        byStep.forEach((k, v) -> System.out.printf("%6d ms %s%n", v, k));
        System.out.println("-- top steps by self time");
        rows.stream().sorted(Comparator.comparingLong(Row::selfMs).reversed()).limit(45)
            .forEach(r -> System.out.printf("%6d self %6d total  %s%n", r.selfMs(), r.totalMs(), r.name()));
        ctx.close();
        System.exit(0);
    }
}
