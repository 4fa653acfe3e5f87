#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording (issue 18's profiles).

Usage: bench/jfr-profile.py recording.jfr [--svg flame.svg] [--top 25]

Prints the share of samples whose stack contains each of the frames named in GROUPS (inclusive
time "under" that frame) and the hottest methods by self time. With --svg it writes an icicle
flame graph (root at the top) of the application's threads as a self-contained SVG. Needs the
JDK's `jfr` tool (Java 25's bin/jfr, found like the other bench scripts or on PATH). Record with
-XX:StartFlightRecording=settings=profile,... -XX:FlightRecorderOptions=stackdepth=256 so that
deep stacks (Spring Security's filter chain) are not cut.
"""
import argparse, collections, html, json, os, shutil, subprocess, sys

# (label, frame prefix) — a sample counts for a group when any frame starts with the prefix.
GROUPS = [
    ("Vaadin Lookup / ServiceLoader scans", "java.util.ServiceLoader"),
    ("Spring Security filter chain", "org.springframework.security.web.FilterChainProxy.doFilter"),
    ("Micrometer observation", "io.micrometer.observation"),
    ("method security interceptors", "org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor.invoke"),
    ("Vaadin UIDL handling", "com.vaadin.flow.server.communication.UidlRequestHandler.synchronizedHandleRequest"),
    ("Vaadin navigation", "com.vaadin.flow.router.internal.AbstractNavigationStateRenderer.handle"),
    ("Vaadin response JSON", "com.vaadin.flow.server.communication.UidlWriter.createUidl"),
    ("data communicator (grids)", "com.vaadin.flow.data.provider.DataCommunicator"),
    ("JDBC", "org.mariadb.jdbc"),
    ("Hikari", "com.zaxxer.hikari"),
    ("Spring Data JDBC mapping", "org.springframework.data.jdbc"),
    ("i18n getTranslation", "com.programdesk.base.ui.ProgramDeskI18NProvider.getTranslation"),
    ("app code (com.programdesk)", "com.programdesk."),
    ("Tomcat / HTTP parsing", "org.apache.coyote"),
    ("GC / JIT (no Java frames)", "<none>"),
]


def jfr_tool():
    for d in [os.environ.get("JAVA_HOME", ""), "/usr/lib/jvm/temurin-25-jdk-amd64"]:
        p = os.path.join(d, "bin", "jfr") if d else ""
        if p and os.access(p, os.X_OK):
            return p
    return shutil.which("jfr") or sys.exit("no jfr tool found")


def samples(path):
    out = subprocess.run([jfr_tool(), "print", "--json", "--stack-depth", "256", "--events",
                          "jdk.ExecutionSample", path], capture_output=True, text=True, check=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        thread = (event["values"].get("sampledThread") or {}).get("javaName") or "?"
        stack = event["values"].get("stackTrace") or {}
        frames = []
        for f in stack.get("frames", []):
            m = f.get("method") or {}
            t = (m.get("type") or {}).get("name", "?").replace("/", ".")
            frames.append(t + "." + m.get("name", "?"))
        yield thread, frames  # leaf first


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recording")
    ap.add_argument("--svg")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--min-width", type=float, default=12.0, help="pixels; narrower frames are left out of the SVG")
    a = ap.parse_args()
    total = 0
    group_hits = collections.Counter()
    self_time = collections.Counter()
    collapsed = collections.Counter()
    for thread, frames in samples(a.recording):
        total += 1
        if frames:
            self_time[frames[0]] += 1
        for label, prefix in GROUPS:
            if (prefix == "<none>" and not frames) or any(f.startswith(prefix) for f in frames):
                group_hits[label] += 1
        collapsed[";".join(reversed(frames)) or "(no Java frames)"] += 1
    print(f"{total} CPU samples")
    print("\nunder                                      samples   share")
    for label, _ in GROUPS:
        print(f"{label:42} {group_hits[label]:7} {100.0 * group_hits[label] / max(total, 1):6.1f} %")
    print(f"\nhottest methods (self)")
    for m, n in self_time.most_common(a.top):
        print(f"{100.0 * n / total:6.1f} %  {m}")
    if a.svg:
        write_svg(collapsed, total, a.svg, os.path.basename(a.recording), a.min_width)


def write_svg(collapsed, total, path, title, min_width):
    root = {"n": 0, "c": {}}
    for stack, n in collapsed.items():
        node = root
        node["n"] += n
        for frame in stack.split(";"):
            node = node["c"].setdefault(frame, {"n": 0, "c": {}})
            node["n"] += n
    width, row = 1600.0, 16
    rects = []
    depth_max = [0]

    def walk(node, x, depth):
        for name, child in sorted(node["c"].items()):
            w = width * child["n"] / total
            if w >= min_width:
                rects.append((x, depth, w, name, child["n"]))
                depth_max[0] = max(depth_max[0], depth)
                walk(child, x, depth + 1)
            x += w

    walk(root, 0.0, 0)
    height = (depth_max[0] + 3) * row
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{int(width)}" height="{height}" '
           f'font-family="monospace" font-size="11">',
           f'<text x="4" y="12">{html.escape(title)}: {total} CPU samples (root at the top; hover for names)</text>']
    for x, depth, w, name, n in rects:
        y = (depth + 1) * row + 4
        hue = (hash(name.split(".")[0] + name.split(".")[1] if "." in name else name) % 60) + 10
        short = name.rsplit(".", 2)
        label = ".".join(short[-2:]) if len(short) > 1 else name
        chars = int(w / 7)
        out.append(f'<g><title>{html.escape(name)} ({n} samples, {100.0 * n / total:.1f} %)</title>'
                   f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row - 1}" fill="hsl({hue},80%,60%)"/>'
                   + (f'<text x="{x + 2:.1f}" y="{y + 11}">{html.escape(label[:chars])}</text>' if chars > 3 else "")
                   + '</g>')
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
