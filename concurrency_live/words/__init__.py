"""Every word the generators put on a page, per language, so a new language needs no new code."""

from __future__ import annotations

from concurrency_live.words.ko import KO

CATALOGUE: dict[str, dict[str, str]] = {
    "en": {
        "focus": "{path}: the part this page talks about",
        "whole_program": "The whole program: {path}",
        "download_program": "Download {name}",
        "output": "Output",
        "how_measured": "How this was measured",
        "interval": "95 % interval {bounds}, {rounds} rounds",
        "time_spent": (
            "The {count} programs on this page ran for {elapsed:.1f} s together in this build."
        ),
        "no_output": "(no output)",
        "meta": "Ran in {elapsed:.2f} s · exit {exit} · {machine}",
        "meta_cached": " · cached from an earlier build",
        "failed": "This example failed in the build: {problem}.",
        "machine": (
            "{implementation} {version} ({gil}), start method {start_method}, "
            "{usable_cores} usable cores, {cpu_model}"
        ),
        "label": "{implementation} {version} ({gil})",
        "label_ft": "{implementation} {version} free-threaded ({gil})",
        "this_python": "this build's Python",
        "no_results": "it handed over no results",
        "gil_on": "GIL on",
        "gil_off": "GIL off",
        "fact": "Fact",
        "value": "Value",
        "fp.implementation": "Implementation",
        "fp.version": "Version",
        "fp.executable": "Executable",
        "fp.free_threaded_build": "Free-threaded build",
        "fp.gil_enabled": "GIL enabled",
        "fp.start_method": "Default multiprocessing start method",
        "fp.cpu_model": "CPU model",
        "fp.usable_cores": "Usable cores (sched_getaffinity)",
        "fp.logical_cpus": "Logical CPUs (os.cpu_count)",
        "fp.platform": "Platform",
        "fp.machine": "Architecture",
        "seed.floor": (
            "**Elapsed {elapsed:.2f} s against a floor of {floor:.2f} s** (the longest chain of "
            "sleeps), {over:.2f} s over it."
        ),
        "seed.excess": (
            "By the program's own clock, `{first}`, the first line of that chain, printed at "
            "{start:.2f} s and the closing line at {end:.2f} s: {drift:.2f} s more between them "
            "than the chain's {chain:.2f} s of sleep. The other {outside:.2f} s passed outside "
            "the program's clock, before it first read the clock or after its last line."
        ),
        "seed.overlap_both": (
            "Both programs ended before the {total:.2f} s that all their sleeps add up to "
            "(threads {threads:.2f} s, processes {processes:.2f} s). A sleep lasts at least as "
            "long as asked, so in both programs the two tasks slept at the same time."
        ),
        "seed.overlap_one": (
            "The {which} ended after {which_elapsed:.2f} s, before the {total:.2f} s that all "
            "its sleeps add up to, so its two tasks slept at the same time. The {other} took "
            "{other_elapsed:.2f} s, no less than that sum: its run cannot show the same."
        ),
        "seed.overlap_none": (
            "Neither program ended before the {total:.2f} s that all its sleeps add up to "
            "(threads {threads:.2f} s, processes {processes:.2f} s), so this build's runs cannot "
            "show the two tasks sleeping at the same time."
        ),
        "seed.program_threads": "threads program",
        "seed.program_processes": "processes program",
        "provenance.col_page": "Page",
        "provenance.col_programs": "Programs it runs in the build",
        "provenance.notebook": (
            "Runs as a whole in the build, its cells in one kernel; it imports {modules}"
        ),
        "provenance.col_figure": "Figure",
        "provenance.col_quoted_on": "Quoted on",
        "provenance.col_source": "Source",
        "provenance.cited.start_methods": (
            "Which start method `multiprocessing` uses when none is chosen, per platform and "
            "Python version"
        ),
        "provenance.cited.pep703_start": (
            "About {thread} to start a thread and about {spawn} to spawn a subprocess, on the "
            "PEP author's machine"
        ),
        "provenance.cited.switch_interval": (
            "CPython's default switch interval, `DEFAULT_INTERVAL` = {interval} (the page sets "
            "it next to the value this build's interpreter reports)"
        ),
        "provenance.cited.hashlib": (
            "`hashlib` lets go of the GIL when it hashes more than {bytes} bytes at once"
        ),
        "provenance.cited.pep703_overhead": (
            "One thread on the free-threaded build: about {slowdown} slower on PEP 703's benchmarks"
        ),
        "provenance.cited.howto_overhead": (
            "One thread on the free-threaded build of Python 3.14: about {low} (macOS aarch64) "
            "to {high} (x86-64 Linux) slower"
        ),
        "provenance.cited.dask_overhead": "Dask's overhead per task, \u201cabout {overhead}\u201d",
        "provenance.source.methods": (
            "Python documentation: *multiprocessing*, Contexts and start methods"
        ),
        "provenance.source.pep703": (
            "PEP 703: Making the Global Interpreter Lock Optional in CPython"
        ),
        "provenance.source.ceval_gil": "CPython source: `Python/ceval_gil.c`",
        "provenance.source.hashlib": "Python documentation: *hashlib*",
        "provenance.source.howto": "Python 3.14 HOWTO: Python support for free threading",
        "provenance.source.dask": "Dask.distributed documentation, *Motivation*",
        "provenance.col_setting": "Setting",
        "provenance.seconds": "{value:g} s",
        "provenance.set.confidence": "Confidence of every interval",
        "provenance.set.min_rounds": "Fewest rounds of a comparison",
        "provenance.set.max_rounds": "Most rounds of a comparison",
        "provenance.set.precision": (
            "Precision that ends the rounds early: every interval's half-width, against its median"
        ),
        "provenance.set.budget": (
            "Time budget of a benchmark's rounds (`BENCH_BUDGET`; other programs state their own)"
        ),
        "provenance.verdict.reproduced": (
            "the whole interval lies on the claim's side of its threshold."
        ),
        "provenance.verdict.not_reproduced": "the whole interval lies on the other side.",
        "provenance.verdict.inconclusive": (
            "the interval straddles the threshold: this run cannot tell, and the figures are "
            "shown as they came."
        ),
        "provenance.mark.at_limit": (
            "the interval reaches the physical limit (a speedup of min(workers, usable cores) "
            "for CPU-bound work, the floor for I/O-bound work): the run cannot be told apart "
            "from the best the machine allows."
        ),
        "provenance.mark.past_limit": (
            "the whole interval lies beyond that limit. Work cannot really run faster than the "
            "hardware allows, so such a figure says that the baseline was disturbed (something "
            "else slowed it), not that the work ran faster."
        ),
        "provenance.col_claim": "Claim",
        "provenance.col_holds": "Holds when the whole interval is",
        "seed.lane_numbers": "numbers",
        "seed.lane_letters": "letters",
        "seed.lane_main": "main",
        "seed.panel_threads": "Two threads",
        "seed.panel_processes": "Two processes",
        "seed.timeline_title": "Who printed when: the two programs of the overview",
        "seed.timeline_desc": (
            "One lane per task, a dot for each line it printed, at the moment it printed it "
            "by its program's own clock: threads above, processes below. In both, the numbers "
            "and the letters advance side by side, and the main lane's closing line comes "
            "after the floor of {floor:.2f} s, the longest chain of sleeps."
        ),
        "seed.timeline_x": "Seconds since the program started",
        "seed.timeline_floor": "floor: the longest chain of sleeps, {floor:.2f} s",
        "seed.closing_line": "the closing line, after both join()s",
        "seed.col_line": "Line",
        "seed.col_threads": "Two threads: printed at",
        "seed.col_processes": "Two processes: printed at",
        "seed.original_failed": (
            "**{count} child process(es) failed to start their work** with the RuntimeError "
            "about the bootstrapping phase: each one imported the program, and the import ran "
            "the code that starts processes again."
        ),
        "seed.original_grouped": (
            "The children printed {count} lines, **all the numbers before all the letters**: "
            "without `flush=True`, a child's lines wait in its own buffer until it exits, and "
            "the numbers' child exits first."
        ),
        "seed.original_lines": "The children printed {count} lines.",
        "seed.original_nothing": "No line of the children reached the output.",
        "seed.original_exit": "The program ended with exit code {code}.",
        "seed.tie": (
            "`{first}` and `{second}` are both due at {due:.1f} s. In this build `{first}` "
            "printed first (at {first_at:.2f} s, and `{second}` at {second_at:.2f} s). Nothing "
            "orders two workers that wake at the same moment: the operating system runs "
            "whichever it picks first, so another build may print them the other way round."
        ),
        "gil.interval_default": (
            "This build's interpreter reports a switch interval of **{interval}** ({micro:g} µs): "
            "when another thread is waiting for the GIL, the thread holding it is asked to let go "
            "after that long. That is the default, `DEFAULT_INTERVAL {cited:g}` (microseconds) in "
            "CPython's source, [`Python/ceval_gil.c`]({url})."
        ),
        "gil.interval_other": (
            "This build's interpreter reports a switch interval of **{interval}** ({micro:g} µs), "
            "not the default, `DEFAULT_INTERVAL {cited:g}` (microseconds) in CPython's source, "
            "[`Python/ceval_gil.c`]({url}): something changed it with `sys.setswitchinterval()` "
            "before the program ran."
        ),
        "gil.col_threads": "Threads",
        "gil.col_wall": "Wall time (median)",
        "gil.col_speedup": "Speed vs 1 thread (95 % interval)",
        "gil.col_ideal": "Ideal: min(threads, cores)",
        "gil.col_busy": "Cores busy (CPU ÷ wall time)",
        "gil.baseline": "baseline",
        "gil.table_note": (
            "Each speed: the median, over the paired rounds, of one thread's time divided by "
            "this time in the same round, with its 95 % interval in brackets; every round ran "
            "each thread count once, in an order that rotated from round to round. *At the "
            "limit*: the interval reaches the ideal min(threads, usable cores), so the run "
            "cannot be told apart from perfect scaling. *Cores busy*: the CPU time of the whole "
            "process divided by the wall time, median and interval over the rounds."
        ),
        "gil.past_limit": (
            "That interval lies wholly above {ideal:g}&times;, the most {cores} usable cores "
            "allow: a measurement anomaly, not real parallelism (see the note under the table)."
        ),
        "gil.cpu_gil_reproduced": (
            "**No speedup.** Against one thread, {threads} threads did the work {figure} as "
            "fast, keeping {busy} cores busy ({busy_bounds}). That "
            "is what the GIL predicts: only the thread holding it runs Python bytecode, so the "
            "threads take turns on one core's worth of work, however many cores there are "
            "({cores} here)."
        ),
        "gil.cpu_gil_not_reproduced": (
            "**Faster than one thread, with the GIL on.** Against one thread, {threads} threads "
            "did the work {figure} as fast, keeping {busy} cores busy "
            "({busy_bounds}). Under the GIL pure-Python threads take "
            "turns, so a result like this points at noise in the timing (another program "
            "slowing the one-thread runs), not at bytecode running in parallel."
        ),
        "gil.cpu_gil_inconclusive": (
            "**This run cannot tell.** Against one thread, {threads} threads did the work "
            "{figure} as fast: the interval straddles {threshold}, the line the site draws "
            "between taking turns and running in parallel, so these rounds were too noisy to "
            "decide."
        ),
        "gil.cpu_ft_reproduced": (
            "**The threads ran in parallel.** Against one thread, {threads} threads did the "
            "work {figure} as fast, keeping {busy} cores busy "
            "({busy_bounds}). With the GIL off, up to min(threads, "
            "cores) = {ideal:g}&times; is possible on {cores} cores."
        ),
        "gil.cpu_ft_starved": (
            "**No parallel speedup in this run.** Against one thread, {threads} threads did "
            "the work {figure} as fast. With the GIL off, up to {ideal:g}&times; was possible "
            "on {cores} cores, but the process got only {busy} cores of CPU time "
            "({busy_bounds}): other programs were using the rest of the "
            "machine while this ran."
        ),
        "gil.cpu_ft_contended": (
            "**No parallel speedup in this run.** Against one thread, {threads} threads did "
            "the work {figure} as fast. With the GIL off, up to {ideal:g}&times; was possible "
            "on {cores} cores; the threads kept {busy} cores busy "
            "({busy_bounds}) yet finished no sooner, so they got in each "
            "other's way."
        ),
        "gil.cpu_ft_inconclusive": (
            "**This run cannot tell.** Against one thread, {threads} threads did the work "
            "{figure} as fast, keeping {busy} cores busy: the interval straddles "
            "{threshold}, the speedup the site asks of threads that run in parallel, so these "
            "rounds were too noisy to decide."
        ),
        "gil.cpu_one_core": (
            "The build had only one usable core, so {threads} threads could not run at the same "
            "time: against one thread they did the work {figure} as fast."
        ),
        "gil.c_reproduced": (
            "**The threads hashed in parallel.** Against one thread, {threads} threads hashed "
            "the buffers {figure} as fast and kept {busy} cores busy "
            "({busy_bounds}): `hashlib` let go of the GIL while its C "
            "code worked, so the threads hashed at the same time."
        ),
        "gil.c_starved": (
            "**No speedup in this run.** Against one thread, {threads} threads hashed the "
            "buffers {figure} as fast, and the process got only {busy} cores of CPU time "
            "({busy_bounds}): other programs were using the other core "
            "while this ran, so the threads had about one core to share."
        ),
        "gil.c_contended": (
            "**No speedup in this run.** Against one thread, {threads} threads hashed the "
            "buffers {figure} as fast, although the process kept {busy} cores busy "
            "({busy_bounds})."
        ),
        "gil.c_inconclusive": (
            "**This run cannot tell.** Against one thread, {threads} threads hashed the buffers "
            "{figure} as fast: the interval straddles {threshold}, the speedup the site asks of "
            "threads that run in parallel, so these rounds were too noisy to decide."
        ),
        "gil.c_one_core": (
            "The build had only one usable core, so {threads} threads could not hash at the "
            "same time: against one thread, {figure} as fast."
        ),
        "gil.c_gil_off": (
            "This interpreter ran with the GIL off, so this run cannot show `hashlib` letting go "
            "of it: against one thread, {threads} threads hashed the buffers {figure} as fast."
        ),
        "gil.col_other_thread": "Other thread",
        "gil.col_interval": "Switch interval",
        "gil.col_late": "Nap ended late by (median, 95 % interval)",
        "gil.col_caused": "Caused by the CPU-bound thread",
        "gil.col_in_intervals": "Caused, in switch intervals",
        "gil.col_share": "CPU-bound thread's share of a core",
        "gil.no_thread": "none",
        "gil.cpu_thread": "CPU-bound",
        "gil.default_mark": "(default)",
        "gil.convoy_note": (
            "Every round napped alone and next to a CPU-bound thread at each switch interval, "
            "in an order that rotated from round to round; a setting's figure in one round is "
            "the median of its naps, and the table gives the median over rounds with its 95 % "
            "interval. *Caused by the CPU-bound thread*: per round, the lateness next to it "
            "minus the lateness alone in the same round, so the timer's own lateness on this "
            "machine does not count."
        ),
        "gil.convoy_figure": "{interval}: {caused}, that is {figure} intervals",
        "gil.convoy_status.reproduced": "(at least half an interval)",
        "gil.convoy_status.not_reproduced": "(less than half an interval)",
        "gil.convoy_status.inconclusive": "(this run cannot tell)",
        "gil.convoy_tracked": (
            "**The nap waited about one switch interval for the GIL.** Next to a CPU-bound thread, "
            "the {nap} nap ended later than it did alone in the same rounds (alone: {idle} late). "
            "The lateness the CPU-bound thread caused, per switch interval: {figures}. The napping "
            "thread woke on time, then waited for the GIL, which the CPU-bound thread gives up "
            "only when the interval runs out."
        ),
        "gil.convoy_untracked": (
            "**The napping thread did not wait for the GIL.** Next to a CPU-bound thread, the "
            "{nap} nap ended less than half a switch interval later than alone (alone: {idle} "
            "late) at every setting. The lateness the CPU-bound thread caused, per switch "
            "interval: {figures}."
        ),
        "gil.convoy_mixed": (
            "**The wait followed the switch interval only at some settings, or this run cannot "
            "tell.** Next to a CPU-bound thread, the {nap} nap ended later than alone (alone: "
            "{idle} late). The lateness the CPU-bound thread caused, per switch interval: "
            "{figures}."
        ),
        "gil.convoy_starved": (
            "The CPU-bound thread got as little as {share:.0%} of a core: other programs kept "
            "it off the CPU at times, which disturbs the wait both ways. Off the CPU while the "
            "napper sleeps, it cannot take the GIL, and the napper finds the GIL free when it "
            "wakes; off the CPU while it holds the GIL, it makes the napper wait until it runs "
            "again."
        ),
        "gil.convoy_ft_none": (
            "**No wait for a GIL.** This interpreter runs without the GIL, and next to a CPU-bound "
            "thread the {nap} nap ended less than half a switch interval later than alone (alone: "
            "{idle} late) at every setting. The lateness the CPU-bound thread caused, per switch "
            "interval: {figures}."
        ),
        "gil.convoy_ft_some": (
            "**With the GIL off, the nap still ended later next to the CPU-bound thread at some "
            "settings, or this run cannot tell** (alone: {idle} late). The lateness the CPU-bound "
            "thread caused, per switch interval: {figures}. With no GIL to wait for, a wait like "
            "that comes from the machine (the threads and other programs competing for the cores), "
            "not from a lock."
        ),
        "gil.who_title": "Who ran when: {python}",
        "gil.who_x": "Milliseconds since the first note",
        "gil.who_threads": "Two threads",
        "gil.who_processes": "Two processes",
        "gil.who_thread": "thread {n}",
        "gil.who_process": "process {n}",
        "gil.who_col_lane": "Workers",
        "gil.who_col_slices": "Stretches seen running",
        "gil.who_col_median": "Median stretch (95 % interval)",
        "gil.who_col_together": "Both running at once",
        "gil.who_turns": (
            "With the {gil}, the two threads **took turns**: they were seen running at the same "
            "time for {together:.0%} of the time, in {count} stretches whose median length was "
            "**{median}** (95 % interval {low}\u2013{high}), beside a switch interval of "
            "{switch}."
        ),
        "gil.who_alongside": (
            "With the {gil}, the two threads **ran side by side**: both were seen running for "
            "{together:.0%} of the time. Their {count} stretches had a median length of {median} "
            "(95 % interval {low}\u2013{high}); the switch interval, {switch}, did not cut them."
        ),
        "gil.who_mixed": (
            "With the {gil}, the two threads were seen running at the same time for "
            "{together:.0%} of the time: neither strict turns nor side by side. In {count} "
            "stretches, median {median} (95 % interval {low}\u2013{high}), against a switch "
            "interval of {switch}; the operating system gave this program less than two cores "
            "for part of the time."
        ),
        "gil.who_serial": (
            "With the {gil}, the two threads **did not take turns**: each was seen running in a "
            "single stretch, one after the other, so the switch interval ({switch}) never cut "
            "one short."
        ),
        "gil.who_starved": (
            "With the {gil}, the two threads could have run side by side, but were seen running "
            "at the same time for only {together:.0%} of the time, in {count} stretches (median "
            "{median}, 95 % interval {low}\u2013{high}): the operating system gave this program "
            "less than two cores while it ran."
        ),
        "gil.chart_title": "How late a {nap} nap ends while a CPU-bound thread runs",
        "gil.chart_x": "Switch interval (ms, log scale)",
        "gil.chart_one_interval": "one switch interval",
        "gil.chart_idle": "no other thread (build's Python)",
        "gil.col_interpreter": "Interpreter",
        "gil.col_idle": "No other thread",
        "gil.col_at_interval": "CPU-bound thread, {interval} interval",
        "gil.col_one_thread": "1 thread (median)",
        "gil.col_speedup_at": "{threads} threads",
        "gil.col_verdict": "Result",
        "gil.verdict_gil": (
            "**This build ran with the GIL.** Its interpreter, Python {python}, is not a "
            "free-threaded build, so every measurement above was taken with the GIL on."
        ),
        "gil.verdict_ft_gil": (
            "**This build ran with the GIL.** Its interpreter, Python {python}, is a free-threaded "
            "build, but the GIL was on (`PYTHON_GIL=1`, `-X gil=1`, or an extension module that "
            "needs it), so every measurement above was taken with the GIL on."
        ),
        "gil.verdict_ft": (
            "**This build ran without the GIL.** Its interpreter, Python {python}, is a "
            "free-threaded build with the GIL off, so every measurement above was taken with the "
            "GIL off."
        ),
        "gil.no_free_threaded": (
            "The machine that built this site had no free-threaded interpreter at `{path}`, so "
            "this part shows only the build's own interpreter."
        ),
        "gil.again_under": "The same program under Python {python} free-threaded, {gil}",
        "gil.chart_y": "Late by: median and 95 % interval (ms, log scale)",
        "gil.cell_convoy": "{late}; caused {intervals} intervals",
        "gil.col_busy_at": "Cores busy, {threads} threads",
        "gil.row.threads_cpu.reproduced": "no speedup, as the GIL predicts",
        "gil.row.threads_cpu.not_reproduced": "faster: noise, not parallelism",
        "gil.row.free_threads_cpu.reproduced": "parallel",
        "gil.row.free_threads_cpu.not_reproduced": "no parallel speedup",
        "gil.row.inconclusive": "this run cannot tell",
        "gil.row.not_applicable": "one core: cannot run in parallel",
        "gil.row.no_data": "not measured",
        "claims.convoy": (
            "A thread that wakes next to a CPU-bound thread waits for the GIL, about one switch "
            "interval."
        ),
        "claims.convoy.figure": "{source}: lateness it caused, in switch intervals",
        "evidence.squares_threads": "sum of squares, 2 threads against 1",
        "evidence.sha256_threads": "SHA-256 of {buffer} buffers, 2 threads against 1",
        "evidence.convoy_nap": "a {nap} nap next to a CPU-bound thread, {interval} switch interval",
        "bytecode.switch_points": (
            "In this build `{function}` became {count} instructions, among them {calls} calls "
            "({call_names}) and {jumps} backward jump ({jump_names}) that closes the `for` loop. "
            "Calls and backward jumps are where a thread running Python code checks whether "
            "another thread has asked for the GIL."
        ),
        "bytecode.inc_steps": (
            "In this build `counter += 1` is {count} instructions: {load} reads the current "
            "value, {between} pushes the 1, {add} computes a new int, and {store} writes it back. "
            "They are separate steps: if another thread runs between the read and the write, it "
            "reads the same old value, and one of the two additions is lost."
        ),
        "bytecode.inc_unknown": (
            "The listing above shows how this interpreter splits `counter += 1` into separate "
            "instructions: a read of `counter`, the addition, and a write back."
        ),
        "bytecode.pyc_nowrite": (
            "In this build `sys.dont_write_bytecode` was true (the environment set "
            "`PYTHONDONTWRITEBYTECODE`), so imports wrote no `.pyc` files; without it, the first "
            "import of the module would have written `{path}`. `py_compile` writes one anyway, "
            "when asked."
        ),
        "bytecode.pyc_write": (
            "In this build `sys.dont_write_bytecode` was false, so the first import of the module "
            "writes `{path}`, and later imports load it instead of compiling the source again."
        ),
        "bytecode.magic_same": (
            "The first four bytes, `{magic}`, are this interpreter's magic number. Each Python "
            "version writes its own file (the version tag in the name) with its own magic number, "
            "and an import uses a `.pyc` only if the magic number matches."
        ),
        "bytecode.magic_differs": (
            "The first four bytes, `{magic}`, differ from this interpreter's magic number, so an "
            "import would not use this file."
        ),
        "bytecode.race_lost": (
            "**Updates were lost in {lost_runs} of {runs} runs.** Each run should have counted to "
            "{expected:,}; the totals were {low:,} to {high:,}, so up to {worst:,} additions "
            "({share:.0f} %) vanished. At `time.sleep(0)` a thread lets go of the GIL between its "
            "read and its write; the next thread reads the same old value, and both write back "
            "the same number. The GIL did not prevent this: it keeps each *instruction* whole, "
            "not each line, and not a read-then-write that spans several instructions."
        ),
        "bytecode.race_none": (
            "**No update was lost in {runs} runs** in this build: every total was {expected:,}. "
            "The read and the write were still separate steps, and the GIL keeps only each "
            "*instruction* whole, not a read-then-write; in these runs no other thread happened "
            "to run between them."
        ),
        "bytecode.locked_exact": (
            "**All {runs} runs counted exactly {expected:,}.** While one thread holds the lock, "
            "the others wait at `with lock:`, so none can read the counter between another "
            "thread's read and write."
        ),
        "bytecode.locked_wrong": (
            "**{wrong} of {runs} runs did not count {expected:,}** even with the lock: the example "
            "is broken."
        ),
        "bytecode.evidence_race": (
            "{python}, {threads} threads \u00d7 {adds:,} additions with `time.sleep(0)` between "
            "the read and the write"
        ),
        "bytecode.evidence_locked": (
            "{python}, {threads} threads \u00d7 {adds:,} additions, the read and the write under "
            "one lock"
        ),
        "bytecode.evidence_lock_cost": (
            "{python}, loops of {adds:,} additions on one thread, under `with lock:` and bare"
        ),
        "claims.lost_updates": (
            "Without a lock, threads that may switch between reading and writing a counter lose "
            "updates."
        ),
        "claims.lost_updates.figure": "{source}: runs that lost updates",
        "claims.lock_exact": "With a lock around the read and the write, no update is lost.",
        "claims.lock_exact.figure": "{source}: runs with a wrong total",
        "claims.lock_cost": (
            "A lock makes each addition markedly slower, even when no other thread wants it."
        ),
        "claims.lock_cost.figure": "{source}: time with the lock \u00f7 time without",
        "bytecode.bare_lost_gil": (
            "**{lost_runs} of {runs} runs lost updates** (up to {worst:,} of {expected:,}) in this "
            "build, with the GIL on: this interpreter handed over the GIL between the load and the "
            "store."
        ),
        "bytecode.bare_lost_ft": (
            "**{lost_runs} of {runs} runs lost updates** (up to {worst:,} of {expected:,}, "
            "{share:.0f} %): with the GIL off, threads on different cores ran `counter += 1` at "
            "the same time, and nothing stopped one store from overwriting another."
        ),
        "bytecode.bare_none_gil": (
            "**No update was lost in {runs} runs of {expected:,} additions** in this build. With "
            "the GIL on, this interpreter hands the GIL over only at calls and backward jumps, "
            "and this loop has neither between the load and the store. That is a detail of how "
            "the bytecode is laid out, not a promise: put a call between the read and the write "
            "(as `time.sleep(0)` does above), or run on a free-threaded build, and updates are "
            "lost."
        ),
        "bytecode.bare_none_ft": (
            "**No update was lost in {runs} runs**, even with the GIL off. The load and the store "
            "are still separate instructions; in these runs the threads did not collide between "
            "them."
        ),
        "bytecode.col_loop": "Loop body",
        "bytecode.col_per_add": "Time per addition (median over the rounds)",
        "bytecode.col_range": "min &ndash; max",
        "bytecode.loop_bare": "`counter += 1`",
        "bytecode.loop_locked": "`with lock: counter += 1`",
        "bytecode.lock_setup": (
            "Each loop does {adds:,} additions on one thread, so no thread ever waits for the "
            "lock. Each *round* runs both loops once, in an order that alternates from round to "
            "round, and the ratio and the difference per addition are taken within the round. "
            "Rounds go on (at least {min_rounds}) until both intervals are within "
            "\u00b1{precision:.0%} of their medians, or {budget:g} s have passed."
        ),
        "bytecode.lock_cost": (
            "**Taking and releasing the lock cost {cost} per addition** ({cost_interval}): the "
            "locked loop took {ratio} as long as the bare one ({interval})."
        ),
        "bytecode.lock_cheap": (
            "**The lock cost {cost} per addition** ({cost_interval}): the locked loop took "
            "{ratio} as long as the bare one ({interval}), less than the claim below asks for."
        ),
        "bytecode.lock_unclear": (
            "**The lock cost {cost} per addition** ({cost_interval}): the locked loop took "
            "{ratio} as long as the bare one ({interval}), an interval that reaches across the "
            "threshold of the claim below."
        ),
        "bytecode.lock_free": (
            "**The locked loop was not slower than the bare one here:** it took {ratio} as long "
            "({interval}), a difference of {cost} per addition ({cost_interval})."
        ),
        "bench.skipped_python": "`{name}`: skipped, {why}.",
        "bench.skip.not_found": "no such interpreter on this machine",
        "bench.skip.does_not_start": "it is there but did not start",
        "bench.failed_python": "`{name}`: the benchmark failed ({problem}).",
        "bench.not_run": "not run",
        "bench.col_workload": "Work",
        "bench.col_strategy": "Strategy",
        "bench.col_workers": "Workers",
        "bench.col_limit_cpu": "Ideal speedup",
        "bench.col_limit_io": "Floor",
        "bench.col_median": "Median",
        "bench.col_min": "Min",
        "bench.col_max": "Max",
        "bench.workload.primes": "primes",
        "bench.workload.http": "HTTP",
        "bench.workload.sleep": "time.sleep",
        "bench.strategy.sequential": "sequential",
        "bench.strategy.threads": "threads",
        "bench.strategy.processes": "processes",
        "bench.strategy.interpreters": "subinterpreters",
        "bench.strategy.asyncio": "asyncio",
        "bench.limit_cpu": "{ideal:g}\u00d7",
        "bench.limit_io": "{floor}",
        "bench.strategy_skipped": "{strategy} not measured on {pythons}: {why}.",
        "bench.why_skipped.interpreters": (
            "`concurrent.futures.InterpreterPoolExecutor` is new in Python 3.14"
        ),
        "bench.timings_title": "Raw timings and data: {python}",
        "bench.download": "Download these results as JSON ({name}, {size:.1f} KB)",
        "bench.series.primes": "{strategy}",
        "bench.series.http": "{strategy}",
        "bench.series.sleep": "{strategy}, time.sleep only",
        "bench.ideal_cpu": "ideal: min(workers, cores)",
        "bench.ideal_io": "ideal: at the floor",
        "bench.chart_title_cpu": "CPU-bound work: speedup by workers, {python}",
        "bench.chart_title_io": "I/O-bound work: speedup by workers, {python}",
        "bench.chart_x": "Workers (count, log scale)",
        "bench.chart_y": "Speedup over sequential (times)",
        "bench.chart_desc_cpu": (
            "Speedup of each strategy against the number of workers, {python}, {cores} usable "
            "cores; the dashed ideal line is min(workers, cores). Workers and speedup:"
        ),
        "bench.chart_desc_io": (
            "Speedup of each strategy against the number of workers, {python}; the dashed line "
            "is the speedup a run exactly at the floor would have. Workers and speedup:"
        ),
        "bench.col_rounds": "Rounds",
        "bench.cell_baseline": "{time} (baseline)",
        "bench.cell_io": "{time}: {ratio} the floor ({bounds})",
        "bench.at_limit": "**at the limit**",
        "bench.past_limit": "**past the limit: a measurement anomaly**",
        "bench.past_limit_note": (
            "*Past the limit* marks a figure whose whole interval lies beyond what the machine "
            "allows (faster than min(workers, cores) times sequential, or quicker than the "
            "floor). That is not real parallelism: something disturbed the baseline in those "
            "rounds, or the machine has more cores than it reported. Read such a figure as "
            "\u201cat the limit, with noise\u201d, not as a real result."
        ),
        "bench.table_note_cpu": (
            "Each cell: the speedup over sequential, the median of the per-round ratios "
            "(sequential time / this time, both from the same round), and its 95 % interval in "
            "brackets. *At the limit*: the interval reaches the ideal speedup "
            "min(workers, usable cores), so the run cannot be told apart from perfect scaling."
        ),
        "bench.table_note_io": (
            "Each cell: the median time of one run of all requests, then that time as a "
            "multiple of the floor with its 95 % interval (1.00\u00d7 = at the floor). The floor "
            "is delay \u00d7 ceil(requests / workers): the waits that no strategy can avoid."
        ),
        "bench.stopped_precise": (
            "{python}: {rounds} rounds, ended because every interval was within "
            "\u00b1{precision:.0%} of its median."
        ),
        "bench.stopped_budget": (
            "{python}: {rounds} rounds, ended by the time budget of {budget:g} s before every "
            "interval was within \u00b1{precision:.0%} of its median."
        ),
        "bench.stopped_max_rounds": (
            "{python}: {rounds} rounds, the most allowed, before every interval was within "
            "\u00b1{precision:.0%} of its median."
        ),
        "bench.setup_cpu": (
            "The CPU-bound work counts the {primes:,} primes below {limit:,} by trial division "
            "in pure Python, split into {tasks} equal tasks, on {cores} usable cores ({cpu}). "
            "Every pool is started and warmed up first (each worker does one task). Then each "
            "*round* runs every configuration once, in an order that rotates by one place from "
            "round to round, so that a machine that gets busier or quieter slows all of them "
            "alike; a speedup is computed within each round against that round's sequential "
            "run. Rounds go on (at least {min_rounds}) until every speedup's 95 % interval is "
            "within \u00b1{precision:.0%} of its median, or {budget:g} s have passed. Every "
            "answer is checked against a sieve of Eratosthenes before its time counts."
        ),
        "bench.setup_io": (
            "The I/O-bound work sends {requests} HTTP requests to a server on 127.0.0.1 that "
            "waits {delay_ms:g} ms before each answer; every body is checked. The idealised "
            "case does the same waits with `time.sleep` and no network. Every pool is started "
            "and warmed up first; processes start with `{start_method}`. Then each *round* runs "
            "every configuration once, in an order that rotates from round to round; rounds go "
            "on (at least {min_rounds}) until every interval is within \u00b1{precision:.0%} of "
            "its median, or {budget:g} s have passed."
        ),
        "measure.load": (
            "The machine's 1-minute load average was {before:.2f} before the rounds and "
            "{after:.2f} after them, on {cores} usable cores (programs running or waiting for a "
            "core, the build's own included)."
        ),
        "measure.steal": (
            "The hypervisor took {steal:.2f} s of CPU time for other virtual machines during the "
            "{elapsed} of rounds ({share:.1%} of the cores' time)."
        ),
        "claims.rule": (
            "The verdict needs the whole 95 % interval {threshold}; an interval that straddles "
            "the threshold is *inconclusive on this run*."
        ),
        "claims.rule_count": (
            "A count, not an estimate: the verdict needs it {threshold}, with no interval to "
            "straddle."
        ),
        "claims.needs_below": "below {threshold}",
        "claims.needs_at_least": "at or above {threshold}",
        "claims.exact": "{value} ({rounds} runs)",
        "claims.where": "([measured here]({anchor}))",
        "claims.status.reproduced": "Reproduced:",
        "claims.status.not_reproduced": "Not reproduced:",
        "claims.status.inconclusive": "Inconclusive on this run:",
        "claims.status.not_applicable": "Not about this one:",
        "claims.status.no_data": "Not measured:",
        "claims.overall.reproduced": "(reproduced in this build)",
        "claims.overall.not_reproduced": "(not reproduced in this build)",
        "claims.overall.inconclusive": "(inconclusive in this build)",
        "claims.overall.not_applicable": "(could not be tested in this build)",
        "claims.overall.no_data": "(not measured in this build)",
        "claims.speedup_figure": "{source}: speedup",
        "claims.threads_cpu": "Threads do not speed up pure-Python CPU work while the GIL is on.",
        "claims.threads_cpu.figure": "{source}: speedup",
        "claims.processes_cpu": "Processes do speed up pure-Python CPU work.",
        "claims.free_threads_cpu": "Without the GIL, threads run pure-Python CPU work in parallel.",
        "claims.c_threads": "Threads speed up C code that releases the GIL.",
        "claims.io_floor": "On I/O-bound work, threads and asyncio come close to the floor.",
        "claims.io_floor.figure": "{source}: time \u00f7 floor",
        "evidence.bench_source": "{python}, {what}",
        "evidence.primes_threads": "counting primes, 2 threads against sequential",
        "evidence.primes_processes": "counting primes, 2 processes against sequential",
        "evidence.io_config": "{strategy} with {workers} workers (floor {floor})",
        "evidence.gil_off": "the GIL is off in this interpreter, so the claim is not about it",
        "evidence.one_core": "only one core is usable, so nothing can run in parallel",
        "bench.who_title": "Who ran when, counting primes: {python}",
        "bench.who_x": "Milliseconds since the first note",
        "bench.who_threads": "Two threads",
        "bench.who_processes": "Two processes",
        "bench.who_thread": "thread {n}",
        "bench.who_process": "process {n}",
        "bench.who_col_workers": "Workers",
        "bench.who_col_stretches": "Stretches seen running",
        "bench.who_col_span": "From first to last note",
        "bench.who_col_together": "Both running at once",
        "bench.who_together": (
            "With {python}, the two threads were seen running at the same time for "
            "{threads:.0%} of the time, the two processes for {processes:.0%}."
        ),
        "bench.cost": (
            "The benchmark programs of this page ran {count} times in this build and took "
            "{total:.0f} s in all."
        ),
        "choosing.or": "{first} or {last}",
        "choosing.col_work": "Kind of work",
        "choosing.col_use": "Use",
        "choosing.col_evidence": "Measured in this build",
        "choosing.work_cpu": "Pure-Python computation",
        "choosing.work_io": "Waiting on the network",
        "choosing.work_c": "C code that releases the GIL (hashlib, zlib, NumPy)",
        "choosing.cpu_item": ("{strategy} {speedup} ({bounds}) with {workers} workers"),
        "choosing.io_sequential": "sequential {time}; ",
        "choosing.io_item": (
            "{strategy} {time} with {workers} workers ({ratio} the floor, {bounds})"
        ),
        "choosing.io_floor": "; floor {floor}",
        "choosing.c_evidence": "{figures}, on the [GIL page](gil.md) {verdict}",
        "choosing.c_use_threads": "threads",
        "choosing.c_use_unconfirmed": (
            "threads, if the library releases the GIL (not confirmed in this build)"
        ),
        "choosing.leaf_c": "here: {speedup}\nwith 2 threads",
        "choosing.measured_on": (
            "Measured with {python} on {cores} usable cores, by the benchmarks of the previous "
            "page (the same runs, not new ones)."
        ),
        "choosing.start_method_item": "{python}: `{method}`",
        "choosing.start_methods": "Default start method in this build: {items}.",
        "choosing.tree_title": "Which concurrency model? A decision tree",
        "choosing.yes": "yes",
        "choosing.no": "no",
        "choosing.q_wait": "Does the work mostly wait?\n(network, disk, sleep)",
        "choosing.q_async": "Do your libraries\nhave async versions?",
        "choosing.q_python": "Is the hot loop\npure Python?",
        "choosing.q_gil": "Free-threaded build\nwith the GIL off?",
        "choosing.leaf_asyncio": "asyncio",
        "choosing.leaf_threads": "threads\n(ThreadPoolExecutor)",
        "choosing.leaf_c_threads": "threads\n(the C code\nreleases the GIL)",
        "choosing.leaf_free_threads": "threads",
        "choosing.leaf_processes": "processes\n(ProcessPoolExecutor)",
        "choosing.leaf_io": "here: {ratio} the floor\nwith {workers} workers",
        "choosing.leaf_cpu": "here: {speedup}\nwith {workers} workers",
        "choosing.not_measured_short": "not measured here",
        "processes.unavailable": "unavailable",
        "processes.default_mark": " (default here)",
        "processes.own_memory_kept": (
            "The child (pid {child_pid}) set `counter` to {child_counter}; after it ended, the "
            "parent (pid {parent_pid}) still had `counter` = {parent_counter}. The child changed "
            "its own copy: two processes share no Python objects."
        ),
        "processes.own_memory_shared": (
            "The child (pid {child_pid}) set `counter` to {child_counter}, and the parent (pid "
            "{parent_pid}) then read {parent_counter}: in this run the change reached the parent."
        ),
        "processes.methods_method": "Start method",
        "processes.methods_setting": "`setting` in the child",
        "processes.methods_main": "The child's `__main__` is named",
        "processes.methods_parent": "The child's parent process",
        "processes.parent_main": "the main process",
        "processes.parent_other": "another process (the fork server)",
        "processes.cost_what": "Start + join",
        "processes.cost_median": "Median",
        "processes.cost_min": "Min",
        "processes.cost_max": "Max",
        "processes.cost_ratio": "\u00d7 a thread (95 % interval)",
        "processes.cost_thread": "a thread",
        "processes.cost_process": "a process, `{method}`",
        "processes.cost_setup": (
            "Each *round* starts and joins {threads} threads one after the other, timed together "
            "and divided by {threads}, and one process with each start method ({methods}), in an "
            "order that rotates from round to round; a process's cost as a multiple of a "
            "thread's is taken within each round. Rounds go on (at least {min_rounds}) until "
            "every interval is within \u00b1{precision:.0%} of its median, or {budget:g} s have "
            "passed."
        ),
        "processes.cost_slower": (
            "**Starting and joining a process with the default method here, `{method}`, took "
            "{process} (median): {ratio} the {thread} of a thread in the same rounds** "
            "({interval})."
        ),
        "processes.cost_faster": (
            "**Starting and joining a process with the default method here, `{method}`, took "
            "{process} (median), less than the {thread} of a thread in the same rounds: "
            "{ratio}** ({interval})."
        ),
        "processes.cost_same": (
            "**Starting and joining a process with the default method here, `{method}`, took "
            "{process} (median), and a thread {thread}:** per round the process took {ratio} "
            "the thread's time ({interval}), an interval that includes 1, so this run cannot "
            "tell the two apart."
        ),
        "processes.cost_range": (
            "Of the methods measured, `{fast}` had the lowest median ({fast_time}) and `{slow}` "
            "the highest ({slow_time}); per round, `{a}` took {ratio} the time of `{b}` "
            "({interval})."
        ),
        "processes.evidence_start": (
            "{python}, start + join of a process with the default method, `{method}`, against "
            "a thread, in the same rounds"
        ),
        "claims.process_start": "Starting a process costs far more than starting a thread.",
        "claims.process_start.figure": "{source}: a process \u00f7 a thread",
        "processes.mem_what": "Process or thread",
        "processes.mem_rss": "Resident (VmRSS)",
        "processes.mem_private": "Private to it",
        "processes.mem_parent": "the parent, before any child",
        "processes.mem_child": "an idle child, `{method}`",
        "processes.mem_one_thread": "the parent grew by, after 1 idle thread",
        "processes.mem_threads": "the parent grew by, after {n} idle threads",
        "processes.mem_unavailable": (
            "This platform gave no memory figures (there is no `/proc` to read), so there is "
            "nothing to compare."
        ),
        "processes.mem_child_claim": (
            "**An idle child started with `{method}` (the default here) had {rss} resident, "
            "{private} of it private.** One idle thread grew the parent's resident memory by "
            "{one}; {n} idle threads grew it by {all}, {per} each."
        ),
        "processes.mem_thread_less": (
            "The idle child's private memory alone was {ratio} the growth per idle thread."
        ),
        "processes.mem_thread_more": (
            "Per idle thread, the growth was {ratio} the idle child's private memory."
        ),
        "processes.mem_thread_nothing": (
            "The idle threads added nothing measurable to the parent's resident memory."
        ),
        "processes.mem_fork_shared": (
            "A `fork` child counts {rss} resident but only {private} private: {shared:.0%} of "
            "its pages were still shared with the parent, copy-on-write."
        ),
        "processes.exit_child": "Child",
        "processes.exit_did": "What it did",
        "processes.exit_means": "What the parent can tell",
        "processes.exit_running": "still running",
        "processes.exit_zero": "ended normally",
        "processes.exit_status": "exited with status {code}",
        "processes.exit_signal": "killed by signal {name} ({number}): the code is minus the signal",
        "processes.did_raises": "raised `ValueError` (uncaught)",
        "processes.did_exits_3": "called `os._exit(3)`",
        "processes.did_killed": "was sent SIGKILL by the parent (`Process.kill()`)",
        "processes.parent_survived": (
            "The parent read all three exit codes, printed its last line and exited with code "
            "{code}: no failure of a child reached it."
        ),
        "processes.parent_failed": (
            "The parent exited with code {code} without printing its last line: in this run a "
            "child's failure did reach it."
        ),
        "processes.guard_ran": (
            "The module-level code ran {count} times, with `__name__` set to {names}: the "
            "spawned child imported the script again."
        ),
        "processes.guard_child_failed": (
            "In the child, that second run reached `child.start()`, which raised the "
            "`RuntimeError` above, and the child exited with code {code}."
        ),
        "processes.guard_then": ", then ",
        "processes.guard_child_ok": "The child exited with code {code}.",
        "processes.guard_no_child_code": "The parent printed no exit code for its child.",
        "processes.guard_parent_zero": (
            "**The script itself exited with code {code}**: a check of the script's exit code "
            "alone would not notice that its child failed."
        ),
        "processes.guard_parent_code": "The script itself exited with code {code}.",
        "threads.shared_same": (
            "The reader read {read}, exactly what the writer appended: one list object, seen by "
            "every thread. All of them ran in process {pid}, with different thread ids "
            "({ids})."
        ),
        "threads.shared_differs": (
            "The reader read {read} while the writer appended {written}: in this run the reader "
            "did not see the writer's whole list."
        ),
        "threads.cost_what": "Start + join",
        "threads.cost_median": "Median per thread",
        "threads.cost_min": "Min",
        "threads.cost_max": "Max",
        "threads.cost_ratio": "\u00d7 one at a time (95 % interval)",
        "threads.cost_one": "a thread, one at a time",
        "threads.cost_batch": "a thread, in a batch of {n}",
        "threads.cost_setup": (
            "Each *round* starts and joins {n} threads one at a time, and starts {n} threads "
            "before it joins any, in an order that alternates from round to round; both times "
            "are divided by {n}, and their ratio is taken within the round. Rounds go on (at "
            "least {min_rounds}) until the interval is within \u00b1{precision:.0%} of its "
            "median, or {budget:g} s have passed."
        ),
        "threads.batch_cheaper": (
            "**Started in a batch of {n}, a thread cost {batch}, {ratio} the {one} of a thread "
            "started and joined on its own** ({interval})."
        ),
        "threads.batch_dearer": (
            "**Started in a batch of {n}, a thread cost {batch}, {ratio} the {one} of a thread "
            "started and joined on its own** ({interval}): more per thread, not less."
        ),
        "threads.batch_same": (
            "**A thread cost {batch} in a batch of {n} and {one} on its own:** per round the "
            "ratio was {ratio} ({interval}), an interval that includes 1, so this run cannot "
            "tell the two apart."
        ),
        "threads.cost_no_processes": (
            "The processes page's run gave no figures, so there is no process to compare with."
        ),
        "threads.cost_claim_slower": (
            "**A process started with this platform's default method, `{method}`, took {process}: "
            "{ratio} the {thread} of a thread in the same rounds** ({interval})."
        ),
        "threads.cost_claim_faster": (
            "**A process started with this platform's default method, `{method}`, took {process}, "
            "less than the {thread} of a thread in the same rounds: {ratio}** ({interval})."
        ),
        "threads.cost_claim_same": (
            "**A process started with this platform's default method, `{method}`, took {process}, "
            "and a thread {thread}:** per round the process took {ratio} the thread's time "
            "({interval}), an interval that includes 1, so that run cannot tell the two apart."
        ),
        "threads.cost_methods": "The other start methods, in the same rounds: {methods}.",
        "threads.cost_method": "`{method}` {ratio} ({interval})",
        "threads.hook_reported": (
            "`threading.excepthook` printed the failing thread's traceback (the lines from "
            "`Exception in thread failing:` on)."
        ),
        "threads.hook_silent": "No `Exception in thread` report appeared in this run.",
        "threads.others_finished": (
            "After `failing` had ended, {others} were still alive, and they went on to finish: "
            "{results}."
        ),
        "threads.others_missing": (
            "After `failing` had ended, the other threads did not all finish: alive were "
            "{others}; results {results}."
        ),
        "threads.abort_code": "**The parent read the child's exitcode {code}: {meaning}.**",
        "threads.abort_stopped": (
            "Its worker threads had done {at_exit} of their {steps} steps when it died, and "
            "{after} s later the counts were the same, {later}: every thread stopped with the "
            "process."
        ),
        "threads.abort_moved": (
            "Its worker threads had done {at_exit} of their {steps} steps when it died, and "
            "{after} s later {later}: in this run the counts still changed."
        ),
        "threads.abort_none_finished": (
            "No worker printed its closing line, and neither did the child's main thread."
        ),
        "threads.abort_some_finished": "{n} worker(s) still printed their closing line.",
        "threads.handmade_lost": (
            "Hand-made threads: the results list came back as {results}; the task for {lost} "
            "left its slot empty."
        ),
        "threads.handmade_all": "Hand-made threads: the results list came back as {results}.",
        "threads.handmade_hook": (
            "Its exception went to `threading.excepthook`, which printed it; the main thread "
            "never saw it and had to notice the `None` itself."
        ),
        "threads.handmade_silent": "No report of the exception appeared.",
        "threads.pool_map": (
            "`pool.map()`: the loop got {mapped}, {count} of {total} results, then the exception "
            "was raised in the main thread and the results after it were lost to that loop."
        ),
        "threads.pool_submit": (
            "`submit()` and `future.result()`: {ok} results, and the failing task's exception "
            "re-raised where `result()` was called ({errors}), to be handled there."
        ),
        "threads.pool_map_all": "`pool.map()`: all {count} results, {mapped}, and no exception.",
        "threads.pool_submit_all": (
            "`submit()` and `future.result()`: all {ok} results, and no exception."
        ),
        "threads.pool_no_hook": (
            "The pool printed no `Exception in thread` report: the exception travels in the "
            "future instead."
        ),
        "threads.daemon_cut": (
            "**The daemon thread printed {ticks} of its {total} ticks; then the interpreter "
            "exited and cut it off:** its closing line never came."
        ),
        "threads.daemon_finished": (
            "The daemon thread got through all {total} ticks before the interpreter exited."
        ),
        "threads.worker_waited": (
            "The main thread reached the end of the script at {main:.2f} s, but the process "
            "waited for the non-daemon worker, whose line came last at {worker:.2f} s."
        ),
        "threads.worker_not_last": (
            "The main thread reached its end at {main:.2f} s and the worker printed at "
            "{worker:.2f} s, but the worker's line was not the last one."
        ),
        "threads.worker_missing": "The worker's or the main thread's line is missing.",
        "ipc.label_threads": "{name} (threads)",
        "ipc.col_mechanism": "Mechanism",
        "ipc.col_between": "Between",
        "ipc.col_round_trip": "Round trip, {size} (median)",
        "ipc.col_interval": "95 % interval",
        "ipc.col_vs_quickest": "&times; the time of `{quickest}` (same rounds)",
        "ipc.col_rounds": "Rounds",
        "ipc.cell_reference": "the quickest",
        "ipc.between_processes": "processes",
        "ipc.between_threads": "threads",
        "ipc.latency_note": (
            "Each mechanism made {per} round trips of {size} in every round; its time in that "
            "round is their average. A time is the median over the rounds with its 95 % "
            "interval; the ratio divides each round's time by that of the quickest way between "
            "processes in the same round, and gives the median of those ratios with its 95 % "
            "interval."
        ),
        "ipc.latency_range": (
            "Between processes the quickest round trip was `{fast}`, {fast_time}; the slowest "
            "was `{slow}` at {slow_time}, {ratio} as long in the same rounds."
        ),
        "ipc.latency_threads_faster": (
            "Between two threads, `{thread}` took {thread_time}, {ratio} the round trip of "
            "`{fast}`: quicker than any way between processes, because the message never "
            "leaves the process."
        ),
        "ipc.latency_threads_slower": (
            "Between two threads, `{thread}` took {thread_time}, {ratio} the round trip of "
            "`{fast}`: slower than the quickest way between processes. Handing over a reference "
            "costs nothing, but waking the waiting thread does: `queue.Queue` is built from "
            "locks and condition variables written in Python, and where there is a GIL the "
            "woken thread must also take it."
        ),
        "ipc.latency_threads_unclear": (
            "Between two threads, `{thread}` took {thread_time}, {ratio} the round trip of "
            "`{fast}`: the interval includes 1&times;, so this run cannot tell which of the two "
            "is quicker."
        ),
        "ipc.table_note": (
            "Each cell: the payload's size divided by the median time of one hand-over over "
            "{rounds} rounds, below it the 95 % interval of that median. Hand-overs per "
            "mechanism and round: {per} (the round's time is their average). Every one of the "
            "{sent} hand-overs of each of the {count} ways measured (pickling alone included), "
            "warm-up included, was checked: the SHA-256 of what the receiver got against that "
            "of what was sent. {intact} of each arrived intact."
        ),
        "ipc.chart_title": "Throughput by payload size: median and 95 % interval, {rounds} rounds",
        "ipc.chart_x": "Payload size (log scale)",
        "ipc.chart_y": "Throughput, GB/s (log scale)",
        "ipc.chart_pickle": "pickle.dumps + loads alone",
        "ipc.chart_desc": (
            "Median throughput in GB/s against payload size from {low} to {high} over {rounds} "
            "rounds, both axes logarithmic, one line per mechanism with each point's 95 % "
            "interval as an error bar, and a dashed line for pickling alone. At the largest "
            "size {fast} had the highest median and {slow} the lowest. Values, with their "
            "intervals: {lines}."
        ),
        "ipc.col_size": "Payload",
        "ipc.col_pickle": "pickle.dumps + loads alone (median, 95 % interval)",
        "ipc.col_transfer": "`{mechanism}` transfer (median, 95 % interval)",
        "ipc.col_share": "Pickling's share of the `{mechanism}` transfer",
        "ipc.pickle_note": (
            "All from the same {rounds} rounds. A share is pickling alone divided by the "
            "transfer, within one round; the cell gives the median of those shares and, below "
            "it, its 95 % interval."
        ),
        "ipc.pickle_reproduced": (
            "At {size}, pickling and unpickling alone took {alone}, and a `{mechanism}` "
            "transfer of the same payloads {whole}. Pickling's share of the transfer, round by "
            "round: {share}, at least {threshold} over the whole interval. A large part of that "
            "hand-over is pickle's work; the rest is the transport (the feeder thread, the "
            "pipe, the wake-ups)."
        ),
        "ipc.pickle_not_reproduced": (
            "At {size}, pickling and unpickling alone took {alone}, and a `{mechanism}` "
            "transfer of the same payloads {whole}. Pickling's share of the transfer, round by "
            "round: {share}, below {threshold} over the whole interval. Most of the time goes "
            "to the transport (the feeder thread, the pipe, the wake-ups), not to pickle."
        ),
        "ipc.pickle_inconclusive": (
            "At {size}, pickling and unpickling alone took {alone}, and a `{mechanism}` "
            "transfer of the same payloads {whole}. Pickling's share of the transfer, round by "
            "round: {share}. The interval straddles {threshold}, so this run cannot tell "
            "whether pickling is a large part of that hand-over."
        ),
        "ipc.choose_shared_reproduced": (
            "**Large payloads:** at {size}, shared memory moved the bytes faster than a "
            "`{queue}`; throughput as a multiple of the queue's: {figures}. Shared memory "
            "avoids the copies: the sender writes the bytes once, into memory that the receiver "
            "reads in place, while a queue pickles them, pushes them through a pipe in chunks "
            "and unpickles them into a new object."
        ),
        "ipc.choose_shared_not_reproduced": (
            "**Large payloads:** at {size}, shared memory did not reach {threshold} the "
            "throughput of a `{queue}` in this build: {figures}. It saves copies, but here that "
            "did not make it clearly faster."
        ),
        "ipc.choose_shared_inconclusive": (
            "**Large payloads:** at {size}, shared memory's throughput as a multiple of a "
            "`{queue}`'s: {figures}. This run cannot tell whether it reaches {threshold}; the "
            "intervals show how much the rounds varied."
        ),
        "ipc.choose_small": (
            "**Small messages:** with `{best}`, a byte sent in a {small} payload took {ratio} "
            "the time of a byte sent in a {large} one. With small payloads the time goes to "
            "waking the other side, not to the bytes: many small messages cost far more than "
            "the same bytes sent in a few large ones."
        ),
        "ipc.choose_small_flat": (
            "**Small messages:** with `{best}`, a byte sent in a {small} payload took {ratio} "
            "the time of a byte sent in a {large} one, less than {dearer} over the whole "
            "interval: in this build small messages were not much dearer per byte."
        ),
        "ipc.choose_small_unclear": (
            "**Small messages:** with `{best}`, a byte sent in a {small} payload took {ratio} "
            "the time of a byte sent in a {large} one. The interval straddles {dearer}, so this "
            "run cannot tell whether small messages are much dearer per byte."
        ),
        "ipc.choose_manager_reproduced": (
            "**Managers:** a `{manager}` took longer than a plain `{queue}` to move {size} in "
            "the same rounds: {figures}. Every call on a proxy is a request to the manager's "
            "process, so the payload travels twice: sender, manager, receiver. A manager suits "
            "shared state that is small or changes rarely, not bulk data."
        ),
        "ipc.choose_manager_not_reproduced": (
            "**Managers:** a `{manager}` against a plain `{queue}`, {size}, in the same rounds: "
            "{figures}. Below {threshold}: in this build the detour through the manager's "
            "process did not make it clearly slower."
        ),
        "ipc.choose_manager_inconclusive": (
            "**Managers:** a `{manager}` against a plain `{queue}`, {size}, in the same rounds: "
            "{figures}. This run cannot tell whether the detour through the manager's process "
            "costs {threshold} or more."
        ),
        "ipc.choose_threads_reproduced": (
            "**Threads:** `{thread}` handed {size} to another thread in {thread_time}; the "
            "quickest way between processes, `{best}`, took {best_time}, {ratio} as long: "
            "between threads only a reference moves. The price: both threads can now change "
            "the same object, so shared mutable data needs a lock."
        ),
        "ipc.choose_threads_not_reproduced": (
            "**Threads:** `{thread}` handed {size} to another thread in {thread_time}, against "
            "{best_time} for `{best}` between processes ({ratio} as long): in this build "
            "threads were not {threshold} as fast as the ways between processes, although only "
            "a reference moves."
        ),
        "ipc.choose_threads_inconclusive": (
            "**Threads:** `{thread}` handed {size} to another thread in {thread_time}, against "
            "{best_time} for `{best}` between processes ({ratio} as long). This run cannot tell "
            "whether threads are at least {threshold} as fast as every way between processes."
        ),
        "ipc.setup": (
            "`compare_mechanisms.py` opens the receivers of all {count} programs at once "
            "(pickling alone needs none), warms each up with one checked hand-over of every "
            "size, and then runs *rounds*. Each round hands payloads of every size over with "
            "every mechanism, a batch of them for the smaller sizes ({per}), in an order that "
            "rotates by one place from round to round, so that a machine that gets busier or "
            "quieter slows all of them alike. A comparison is computed within each round (one "
            "mechanism's time divided by another's from the same round) and reported as the "
            "median over the rounds with its 95 % interval. Rounds go on (at least "
            "{min_rounds}) until the intervals of the comparisons that the claims rest on are "
            "narrow enough, or the time budget runs out. Every hand-over is checked as above: "
            "{sent} per mechanism in this run."
        ),
        "evidence.ipc_at": "`{mechanism}`, {size}",
        "claims.ipc_shared_memory": (
            "Shared memory moves large payloads faster than a multiprocessing.Queue."
        ),
        "claims.ipc_shared_memory.figure": "{source}: throughput \u00f7 a Queue's",
        "claims.ipc_pickle_share": (
            "Pickling accounts for a large part of a multiprocessing.Queue transfer of a large "
            "payload."
        ),
        "claims.ipc_pickle_share.figure": "{source}: pickling alone \u00f7 the whole transfer",
        "claims.ipc_manager": (
            "A Manager's queue moves a large payload more slowly than a plain "
            "multiprocessing.Queue."
        ),
        "claims.ipc_manager.figure": "{source}: time \u00f7 a plain Queue's",
        "claims.ipc_threads": (
            "Threads hand a large payload over faster than any way between processes."
        ),
        "claims.ipc_threads.figure": "{source}: time \u00f7 that of `queue.Queue` between threads",
        "cluster.col_way": "Way",
        "cluster.col_time": "Time per run: median of the rounds",
        "cluster.col_range": "min &ndash; max",
        "cluster.col_speedup": "Speed-up vs sequential, per round",
        "cluster.cell_baseline": "baseline",
        "cluster.workload_note": (
            "Each figure is the median over the rounds, with its 95 % interval in brackets; a "
            "speed-up is the median of the per-round ratios (the sequential time of a round "
            "divided by this way's time in the same round). *At the limit*: the interval "
            "reaches {ideal}, min(workers, usable cores), so the run cannot be told apart from "
            "perfect scaling."
        ),
        "cluster.method_primes": (
            "Each *round* ran the four ways once, in an order that rotated by one place from "
            "round to round, and checked every answer against the sieve; every speed-up and "
            "every ratio is computed within a round, so a machine that got busier or quieter "
            "slowed all four alike."
        ),
        "cluster.method_start": (
            "Each *round* started and stopped one pool of each kind, first one kind, then the "
            "other, in an order that alternated from round to round; the cluster's time to be "
            "ready is divided by the pool's time in the same round."
        ),
        "cluster.method_sweep": (
            "Each *round* ran all {configs} configurations once (the tasks that do nothing, for "
            "each way, and the process pool and Dask at every task size), in an order that "
            "rotated by one place from round to round, and checked every answer; the pool and "
            "Dask are compared within a round."
        ),
        "cluster.workload_speedups": (
            "On {workers} workers, the {tasks} tasks ran {pool_speedup} as fast as one after "
            "another in the process pool, {dask_speedup} with `Client.map` + `gather`, and "
            "{executor_speedup} through `Client.get_executor()`."
        ),
        "cluster.workload_dask_slower": (
            "**Dask's `Client.map` took longer than the process pool: {ratio} the pool's time** "
            "in the same round, for the same work on the same cores. That is the price of its "
            "scheduler and of sending every task and every answer over TCP, with nothing gained "
            "in return on a single machine."
        ),
        "cluster.workload_dask_faster": (
            "**Dask's `Client.map` took less time than the process pool: {ratio} the pool's "
            "time** in the same round. Both ran the same tasks on the same cores, so the gap "
            "says how each handed out the tasks here, not that Dask adds computing power on one "
            "machine."
        ),
        "cluster.workload_dask_same": (
            "**This run cannot tell Dask's `Client.map` from the process pool:** it took "
            "{ratio} the pool's time in the same round, an interval that includes 1, the same "
            "time. For tasks of this size the scheduler cost too little to show."
        ),
        "cluster.workload_executor": (
            "Through `Client.get_executor()` the same work took {executor_ratio} the pool's time."
        ),
        "cluster.start_slower": (
            "A local cluster with {workers} workers was ready in **{ready}**, a "
            "`ProcessPoolExecutor` with as many workers (start method `{method}`) in "
            "{pool_ready}: per round, the cluster took **{ratio} as long**. "
            "Stopping took {stop} against {pool_stop}."
        ),
        "cluster.start_faster": (
            "A local cluster with {workers} workers was ready in **{ready}**, a "
            "`ProcessPoolExecutor` with as many workers (start method `{method}`) in "
            "{pool_ready}: per round, the cluster took only {ratio} the pool's time, **less "
            "than the pool**. Stopping took {stop} against {pool_stop}."
        ),
        "cluster.start_same": (
            "A local cluster with {workers} workers was ready in **{ready}**, a "
            "`ProcessPoolExecutor` with as many workers (start method `{method}`) in "
            "{pool_ready}: per round, the cluster took {ratio} the pool's time, an interval "
            "that includes 1, so **this run cannot tell the two apart**. "
            "Stopping took {stop} against {pool_stop}."
        ),
        "cluster.col_per_task": (
            "Per task: median of the rounds (95 % interval), {count} tasks a round"
        ),
        "cluster.overhead_dearer": (
            "Handing one task to Dask and getting its answer back cost **{dask}**, against "
            "{pool} with a process pool: **{ratio} as much** in the same round. Calling the "
            "function directly cost {call}. A task whose work is not much larger than "
            "{dask_median} spends most of its time being scheduled."
        ),
        "cluster.overhead_cheaper": (
            "Handing one task to Dask and getting its answer back cost **{dask}**, against "
            "{pool} with a process pool: {ratio} as much in the same round, **less than the "
            "pool**. Calling the function directly cost {call}."
        ),
        "cluster.overhead_same": (
            "Handing one task to Dask and getting its answer back cost **{dask}**, against "
            "{pool} with a process pool: {ratio} as much in the same round, an interval that "
            "includes 1, so **this run cannot tell the two apart**. Calling the function "
            "directly cost {call}."
        ),
        "cluster.chart_title": "Efficiency by task size ({tasks} tasks per run)",
        "cluster.chart_x": "Work per task",
        "cluster.chart_y": "Efficiency (ideal ÷ measured time)",
        "cluster.chart_ideal": "ideal: sharing costs nothing",
        "cluster.label_pool": "ProcessPoolExecutor",
        "cluster.label_dask": "Dask Client.map",
        "cluster.chart_desc": (
            "Efficiency of {tasks} equal tasks on {workers} workers, for work per task from "
            "{low} to {high}: the medians of the rounds, with their intervals as error bars. "
            "{points}."
        ),
        "cluster.past_ideal_note": (
            "**Past the limit:** the whole efficiency interval of {points} lies above 100%, "
            "which no pool can reach. The ideal time rests on the speed of `spin()` measured at "
            "the start of the program; here the workers ran faster than that (or something "
            "slowed that first measurement). Read such a point as \u201cat the ideal\u201d, not "
            "as better than it."
        ),
        "cluster.col_size": "Work per task",
        "cluster.col_ideal": "Ideal time ({tasks} tasks on {workers} workers)",
        "cluster.col_pool": "Process pool: efficiency",
        "cluster.col_dask": "Dask: efficiency",
        "cluster.col_share": "Dask's efficiency ÷ the pool's, per round",
        "cluster.col_reached": "At least {share}?",
        "cluster.share_reached": "yes: the whole interval",
        "cluster.share_not_reached": "no: the whole interval below",
        "cluster.share_unclear": "cannot tell: the interval straddles {share}",
        "cluster.share_no_data": "no interval",
        "cluster.efficiency_note": (
            "Efficiency: the ideal time divided by the time of a round; each cell gives the "
            "median over the rounds and, in brackets, its 95 % interval. Dask's efficiency "
            "divided by the pool's is, per round, the pool's time divided by Dask's at the same "
            "size (the ideal time cancels out). *At the limit*: the interval reaches 100%, so "
            "the run cannot be told apart from no overhead at all."
        ),
        "cluster.crossover_definition": (
            "The **crossover** is the smallest task size from which on, at that size and every "
            "larger one in the sweep, Dask's efficiency is at least {share} of the process "
            "pool's. Within a round, Dask's efficiency divided by the pool's is the pool's time "
            "divided by Dask's at the same size (the ideal time cancels out). A size counts "
            "only when the whole interval of the median of those per-round ratios lies at or "
            "above {share}; a size whose interval straddles {share} counts as undecided, not "
            "as reached."
        ),
        "cluster.crossover_found": (
            "**From tasks of {size} upward, Dask's efficiency was at least {share} of the "
            "process pool's in this build:** {ratio} at {size}, and the whole interval lay at "
            "or above {share} at every larger size in the sweep too."
        ),
        "cluster.crossover_below_not": (
            "At {below}, the next size down, it was {below_ratio}: the whole interval below "
            "{share}."
        ),
        "cluster.crossover_below_unclear": (
            "At {below}, the next size down, it was {below_ratio}: an interval that straddles "
            "{share}, so this run cannot tell whether the crossover lies lower."
        ),
        "cluster.crossover_everywhere": (
            "**Dask's efficiency was at least {share} of the process pool's at every task size "
            "in the sweep**, down to {smallest} ({ratio} there): in this build the scheduler's "
            "overhead did not matter even for the smallest tasks."
        ),
        "cluster.crossover_none": (
            "**No crossover in this build:** even at the largest size in the sweep, {size} of "
            "work per task, Dask's efficiency was {ratio} of the process pool's, the whole "
            "interval below {share}. On this machine the scheduler's overhead mattered at every "
            "task size measured."
        ),
        "cluster.crossover_none_unclear": (
            "**No crossover this run can vouch for:** at the largest size in the sweep, {size} "
            "of work per task, Dask's efficiency was {ratio} of the process pool's, an interval "
            "that straddles {share}. It would take more rounds, or a quieter machine, to tell."
        ),
        "cluster.killed_complete": (
            "In this build the killed worker had {in_hand} unfinished task(s) in hand and held "
            "{held} finished result(s). The scheduler ran those tasks again on the workers that "
            "were left, and `gather()` returned all {answers} answers for the {tasks} tasks, each "
            "equal to the sieve's."
        ),
        "cluster.killed_wrong": (
            "In this build the killed worker had {in_hand} unfinished task(s) in hand and held "
            "{held} finished result(s), and `gather()` did **not** return the sieve's answers for "
            "the {tasks} tasks ({answers} answers came back)."
        ),
        "cluster.killed_restarted": (
            "Dask's nanny, which watches each worker process, then started a new one in its place."
        ),
        "cluster.killed_not_restarted": (
            "No new worker process took its place in the time the program waited."
        ),
        "cluster.summary_start": (
            "**Start-up:** a local cluster was ready in {ready}, a process pool in {pool_ready}: "
            "per round, {ratio} as long."
        ),
        "cluster.summary_task": (
            "**Per task:** {dask} with Dask, {pool} with a process pool: per round, {ratio} as "
            "much."
        ),
        "cluster.summary_size_found": (
            "**Task size:** from {size} of work per task, Dask's efficiency was at least {share} "
            "of the process pool's; at {size}, {ratio}."
        ),
        "cluster.summary_size_none": (
            "**Task size:** at no size up to {size} of work per task was Dask's efficiency shown "
            "to reach {share} of the process pool's; at {size}, {ratio}."
        ),
        "cluster.summary_workload": (
            "**The prime-counting workload** ({tasks} tasks): {pool} in the process pool, {dask} "
            "on the local cluster: per round, Dask took {ratio} the pool's time."
        ),
        "claims.cluster_start": (
            "A local Dask cluster takes far longer to start than a process pool with as many "
            "workers."
        ),
        "claims.cluster_start.figure": "{source}: the cluster's time to be ready ÷ the pool's",
        "claims.dask_task_size": (
            "For tasks of 100 ms of work or more, Dask's efficiency on one machine is close to a "
            "process pool's."
        ),
        "claims.dask_task_size.figure": "{source}: Dask's efficiency ÷ the pool's",
        "evidence.cluster_start": "{workers} workers each, the pool's start method `{method}`",
        "evidence.dask_tasks": "{tasks} tasks of {size} on {workers} workers",
        "yes": "yes",
        "no": "no",
    },
}


CATALOGUE["ko"] = KO


def t(key: str, lang: str = "en", **values: object) -> str:
    """The message ``key`` in ``lang`` (English when that language lacks it), filled in."""
    text = CATALOGUE.get(lang, {}).get(key, CATALOGUE["en"][key])
    return text.format(**values)
