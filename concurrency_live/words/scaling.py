"""The words of docs/scaling.md (pages/scaling.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "scaling.way.shared_total": "shared total",
    "scaling.way.shared_table": "shared table",
    "scaling.way.own_data": "own data",
    "scaling.no_free_threaded": (
        "The machine that built this site had no free-threaded interpreter at `{path}`, so "
        "this page can show the three ways only with the GIL on, where no way of writing "
        "pure-Python work runs it on more than one core at a time."
    ),
    "scaling.col_way": "Way",
    "scaling.table_note": (
        "Each speedup: the median, over the paired rounds, of one thread's time divided by "
        "this time in the same round, with its 95 % interval in brackets; every round ran each "
        "way at each thread count once, in an order that rotated from round to round. *At the "
        "limit*: the interval reaches the ideal min(threads, usable cores), so the run cannot "
        "be told apart from perfect scaling. *Cores busy*: the CPU time of the whole process "
        "divided by the wall time, median and interval over the rounds."
    ),
    "scaling.chart_title": "Speedup over one thread, {python}",
    "scaling.chart_x": "Threads",
    "scaling.chart_y": "Speedup over one thread",
    "scaling.chart_ideal": "ideal: min(threads, {cores} cores)",
    "scaling.chart_none": "no speedup",
    "scaling.lead.scaled": (
        "**{way}: scaled.** {threads} threads did the work {figure} as fast as one, keeping "
        "{busy} cores busy ({busy_bounds})."
    ),
    "scaling.lead.flat": (
        "**{way}: did not scale.** {threads} threads did the work {figure} as fast as one, "
        "keeping {busy} cores busy ({busy_bounds})."
    ),
    "scaling.lead.between": (
        "**{way}: neither clearly scaled nor clearly flat.** {threads} threads did the work "
        "{figure} as fast as one, keeping {busy} cores busy ({busy_bounds})."
    ),
    "scaling.why.shared_total.scaled": (
        "Every step took the one lock, yet the threads rarely queued for it: each held it for "
        "only a small part of a step."
    ),
    "scaling.why.shared_total.contended": (
        "Both threads were running, yet every step had to take the one lock and add to the one "
        "total, and the lock and the total had to move from one core's cache to the other's "
        "for it: the threads spent their time handing them over instead of adding."
    ),
    "scaling.why.shared_total.waited": (
        "Every step has to take the one lock, so while one thread adds, the other waits for "
        "the lock instead of running (the own-data threads kept {own_busy} cores busy in the "
        "same rounds): the lock turns the work back into one thread's."
    ),
    "scaling.why.shared_table.scaled": (
        "Reading one table from both threads did not get in their way: reading does not "
        "change the table, and whatever the interpreter did to the reference counts of its "
        "numbers did not make the threads wait for each other on this machine."
    ),
    "scaling.why.shared_table.contended": (
        "Both threads were running, yet the shared table slowed them: every read of a number "
        "from the table changes that number's reference count, and a count that two threads "
        "change must move from one core's cache to the other's at every change."
    ),
    "scaling.why.shared_table.waited": (
        "The threads kept fewer cores busy than the own-data threads ({own_busy}) in the same "
        "rounds: they were not running all the time, and this run does not say why."
    ),
    "scaling.why.own_data.scaled": (
        "The threads share nothing until they merge their totals at the end, so nothing stops "
        "them from running side by side."
    ),
    "scaling.why.own_data.contended": (
        "Both threads were running, yet they finished no sooner: something they still share "
        "(the cores' caches and memory, or the interpreter's own state) held them back."
    ),
    "scaling.why.own_data.starved": (
        "The process got only {busy} cores of CPU time: other programs were using the rest of "
        "the machine while this ran."
    ),
    "scaling.why.starved": (
        "The own-data threads, which share nothing, also kept only {own_busy} cores busy: "
        "other programs were using the rest of the machine while this ran, so the run cannot "
        "tell what sharing cost."
    ),
    "scaling.way_missing": "**{way}**: the run has no figure for two threads.",
    "scaling.summary.all": (
        "Under {python}, all three ways scaled at {threads} threads: {scaled}."
    ),
    "scaling.summary.none": (
        "Under {python}, none of the three ways scaled at {threads} threads: {other}."
    ),
    "scaling.summary.some": (
        "Under {python}, at {threads} threads, {scaled} scaled; {other} did not."
    ),
    "scaling.gil.none": (
        "no way ran clearly faster on {threads} threads than on one: with the GIL on, only "
        "the thread that holds it runs Python code, whatever the threads share."
    ),
    "scaling.gil.some": (
        "{ways} ran faster on {threads} threads than on one, with the GIL on: only the thread "
        "that holds the GIL runs Python code, so this points at noise in the timing (another "
        "program slowing the one-thread runs), not at threads running in parallel."
    ),
    "scaling.evidence.what": "{way}, 2 threads against 1",
    "scaling.evidence.gil_on": "the GIL is on in this interpreter, so the claim is not about it",
    "claims.free_threads_own_data": (
        "Without the GIL, threads that each work on their own data and merge at the end run "
        "in parallel."
    ),
    "claims.free_threads_shared_lock": (
        "Without the GIL, threads that add to one shared total under a lock at every step gain "
        "nothing from a second core."
    ),
}

KO: dict[str, tuple[str, str]] = {}
