#!/usr/bin/env python3
"""After a load test, while the app's database still runs: is the database consistent with what the users saw?

1. Every write the app confirmed to a virtual user (writes.tsv, the whole run) is in the database exactly once:
   the records the load created since the run began (its tasks, findings, member events), and the workflow
   steps it took since then (tasks submitted, accepted, returned; corrections submitted, verified, returned; activities done;
   reports submitted and approved). A write the app confirmed and lost, or made twice, shows as a difference.
   Drafts and progress reports leave no step of their own and are not counted.
2. Every workflow row agrees with its recorded steps: its status is its last step's, each step starts where the
   one before it ended, a task is accepted only at 100 %, a finding waits for review only with exactly one
   correction pending.

Usage: consistency.py <mariadb client> <port> <password file> <since: YYYY-MM-DD HH:MM:SS> <writes.tsv>
Prints one line "CONSISTENCY ok|FAILED: …" (and the differences); exit status 1 when anything differs.
"""
import subprocess
import sys

CLIENT, PORT, PASSWORD_FILE, SINCE, WRITES = sys.argv[1:6]
PASSWORD = open(PASSWORD_FILE).read().strip()


def scalar(sql):
    out = subprocess.run([CLIENT, "-h127.0.0.1", "-P" + PORT, "-uroot", "-p" + PASSWORD, "--skip-ssl", "-N", "-B",
                          "programdesk", "-e", sql], check=True, capture_output=True, text=True).stdout.strip()
    return int(out)


def steps(entity, to_state, from_state=None):
    where = f" AND from_state = '{from_state}'" if from_state else ""
    return (f"SELECT COUNT(*) FROM workflow_transition WHERE entity_type = '{entity}' AND to_state IN ({to_state}){where}"
            f" AND occurred_at >= '{SINCE}'")


# what the load's flows confirm (Writes.ORDER) and where each lands in the database
STORED = {
    "tasks assigned": f"SELECT COUNT(*) FROM task WHERE title LIKE '压测任务 %' AND parent_id IS NULL AND created_at >= '{SINCE}'",
    "tasks submitted": steps("Task", "'SUBMITTED'"),
    "tasks accepted": steps("Task", "'ACCEPTED'"),
    "tasks returned": steps("Task", "'RETURNED'"),
    "findings recorded": f"SELECT COUNT(*) FROM finding WHERE category = '压测问题' AND created_at >= '{SINCE}'",
    "corrections submitted": steps("Finding", "'SUBMITTED'"),
    "corrections verified": steps("Finding", "'CLOSED'"),
    "corrections returned": steps("Finding", "'OPEN'", "SUBMITTED"),
    "activities done": steps("Activity", "'DONE'"),
    "member events logged": f"SELECT COUNT(*) FROM member_event WHERE title LIKE '压测活动 %' AND created_at >= '{SINCE}'",
    "reports submitted": steps("StatReport", "'SUBMITTED'"),
    "reports approved": steps("StatReport", "'APPROVED', 'LEVEL_APPROVED'"),
}

WORKFLOWS = {"Task": "task", "Finding": "finding", "Activity": "activity", "StatReport": "stat_report",
             "SupervisionRound": "supervision_round"}
INVARIANTS = {
    f"{entity} rows whose status is not their last step's": f"""
        SELECT COUNT(*) FROM {table} t JOIN workflow_transition w ON w.id =
            (SELECT MAX(x.id) FROM workflow_transition x WHERE x.entity_type = '{entity}' AND x.entity_id = t.id)
        WHERE w.to_state <> t.status""" for entity, table in WORKFLOWS.items()
}
INVARIANTS.update({
    "steps that do not start where the one before ended": """
        SELECT COUNT(*) FROM (SELECT from_state, LAG(to_state) OVER (PARTITION BY entity_type, entity_id ORDER BY id) AS before_it
                              FROM workflow_transition) s
        WHERE s.before_it IS NOT NULL AND NOT (s.from_state <=> s.before_it)""",
    "tasks with a progress outside 0-100 %, or accepted below 100 %": """
        SELECT COUNT(*) FROM task WHERE progress_percent NOT BETWEEN 0 AND 100 OR (status = 'ACCEPTED' AND progress_percent <> 100)""",
    "findings waiting for review without exactly one correction pending": """
        SELECT COUNT(*) FROM finding f WHERE f.status = 'SUBMITTED'
            AND (SELECT COUNT(*) FROM correction c WHERE c.finding_id = f.id AND c.verdict IS NULL) <> 1""",
    "findings not waiting for review with a correction pending": """
        SELECT COUNT(*) FROM finding f WHERE f.status <> 'SUBMITTED'
            AND EXISTS (SELECT 1 FROM correction c WHERE c.finding_id = f.id AND c.verdict IS NULL)""",
})

confirmed = {}
for line in open(WRITES):
    name, count = line.rstrip("\n").split("\t")
    confirmed[name] = int(count)

problems = []
for write, sql in STORED.items():
    stored = scalar(sql)
    if stored != confirmed.get(write, 0):
        problems.append(f"{write}: {confirmed.get(write, 0)} confirmed, {stored} in the database")
for what, sql in INVARIANTS.items():
    bad = scalar(sql)
    if bad:
        problems.append(f"{what}: {bad}")

checked = f"{len(STORED)} kinds of write held against the database ({sum(confirmed.get(w, 0) for w in STORED)} writes), {len(INVARIANTS)} invariants"
if problems:
    print(f"CONSISTENCY FAILED: {len(problems)} of {checked}")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print(f"CONSISTENCY ok: {checked}")
