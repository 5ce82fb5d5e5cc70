"""The threads page's words (docs/threads.md, pages/threads.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
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
}

KO: dict[str, tuple[str, str]] = {
    "threads.shared_same": (
        "읽는 스레드가 읽은 것은 {read}이며, 쓰는 스레드가 추가한 "
        "것과 정확히 같습니다. 모든 스레드가 보는 리스트 객체는 "
        "하나뿐입니다. 이 스레드들은 모두 같은 프로세스 {pid}에서 "
        "실행되었고, 스레드 id만 서로 달랐습니다({ids}).",
        "5a61b4",
    ),
    "threads.shared_differs": (
        "쓰는 스레드가 추가한 것은 {written}이지만 읽는 스레드가 읽은 "
        "것은 {read}이었습니다. 이번 실행에서 읽는 스레드는 쓰는 "
        "스레드의 리스트를 전부 보지 못했습니다.",
        "89d2a3",
    ),
    "threads.cost_what": ("시작 + join", "926c14"),
    "threads.cost_median": ("스레드당 중앙값", "ce1758"),
    "threads.cost_min": ("최소", "dea793"),
    "threads.cost_max": ("최대", "a1a593"),
    "threads.cost_ratio": ("하나씩 대비 (95 % 구간)", "72ea13"),
    "threads.cost_one": ("스레드, 하나씩", "00d93a"),
    "threads.cost_batch": ("스레드, {n}개 묶음으로", "6a3e84"),
    "threads.cost_setup": (
        "*라운드*마다 스레드 {n}개를 하나씩 시작하고 join하는 것과, 스레드 {n}개를 하나도 "
        "join하기 전에 모두 시작하는 것을 하나씩 실행하되 순서를 라운드마다 번갈아 바꿉니다. "
        "두 시간 모두 {n}으로 나누고, 그 비율은 라운드 안에서 구합니다. 라운드는 (최소 "
        "{min_rounds}번) 구간이 중앙값의 \u00b1{precision:.0%} 안에 들어오거나 {budget:g}초가 "
        "지날 때까지 이어집니다.",
        "55bec6",
    ),
    "threads.batch_cheaper": (
        "**{n}개 묶음으로 시작한 스레드는 {batch}가 걸려, 혼자 시작하고 join한 스레드({one})의 "
        "{ratio}였습니다**({interval}).",
        "cff706",
    ),
    "threads.batch_dearer": (
        "**{n}개 묶음으로 시작한 스레드는 {batch}가 걸려, 혼자 시작하고 join한 스레드({one})의 "
        "{ratio}였습니다**({interval}). 스레드당 비용이 줄지 않고 오히려 늘었습니다.",
        "773f31",
    ),
    "threads.batch_same": (
        "**스레드 하나는 {n}개 묶음에서 {batch}, 혼자서는 {one}가 걸렸습니다.** 라운드별 "
        "비율은 {ratio}였는데({interval}), 이 구간에 1이 들어 있으므로 이번 실행으로는 둘을 "
        "구별할 수 없습니다.",
        "99e7c2",
    ),
    "threads.cost_no_processes": (
        "프로세스 페이지의 실행에서 수치를 얻지 못해, 비교할 프로세스 수치가 없습니다.",
        "49cd8b",
    ),
    "threads.cost_claim_slower": (
        "**이 플랫폼의 기본 시작 방식(`{method}`)으로 시작한 프로세스는 {process}가 "
        "걸렸습니다. 같은 라운드의 스레드({thread})의 {ratio}입니다**({interval}).",
        "04e584",
    ),
    "threads.cost_claim_faster": (
        "**이 플랫폼의 기본 시작 방식(`{method}`)으로 시작한 프로세스는 {process}가 걸려, "
        "같은 라운드의 스레드({thread})보다 짧았습니다. {ratio}입니다**({interval}).",
        "61ebd3",
    ),
    "threads.cost_claim_same": (
        "**이 플랫폼의 기본 시작 방식(`{method}`)으로 시작한 프로세스는 {process}, 스레드는 "
        "{thread}가 걸렸습니다.** 라운드별로 프로세스는 스레드 시간의 {ratio}였는데"
        "({interval}), 이 구간에 1이 들어 있으므로 그 실행으로는 둘을 구별할 수 없습니다.",
        "f23596",
    ),
    "threads.cost_methods": ("같은 라운드에서 다른 시작 방식은 이렇습니다. {methods}.", "b64e46"),
    "threads.cost_method": ("`{method}` {ratio}({interval})", "9df36f"),
    "threads.hook_reported": (
        "`threading.excepthook`이 실패한 스레드의 트레이스백을 "
        "출력했습니다(`Exception in thread failing:`부터의 줄들).",
        "dcda48",
    ),
    "threads.hook_silent": (
        "이번 실행에서는 `Exception in thread` 보고가 나타나지 않았습니다.",
        "cd2af0",
    ),
    "threads.others_finished": (
        "`failing` 스레드가 끝난 뒤에도 {others} 스레드는 살아 "
        "있었고, 이어서 작업을 마쳤습니다. 결과: {results}.",
        "3c2b11",
    ),
    "threads.others_missing": (
        "`failing` 스레드가 끝난 뒤 다른 스레드가 모두 작업을 "
        "마치지는 못했습니다. 살아 있던 스레드: {others}, 결과: "
        "{results}.",
        "86477b",
    ),
    "threads.abort_code": ("**부모가 읽은 자식의 exitcode는 {code}입니다: {meaning}.**", "d52a7f"),
    "threads.abort_stopped": (
        "자식이 죽었을 때 작업 스레드들이 마친 단계 수는 {steps}단계 "
        "중 {at_exit}이었고, {after}초 뒤에도 {later} 그대로였습니다. "
        "모든 스레드가 프로세스와 함께 멈췄습니다.",
        "7e1968",
    ),
    "threads.abort_moved": (
        "자식이 죽었을 때 작업 스레드들이 마친 단계 수는 {steps}단계 "
        "중 {at_exit}이었고, {after}초 뒤에는 {later}이었습니다. 이번 "
        "실행에서는 그 뒤에도 수가 바뀌었습니다.",
        "e11808",
    ),
    "threads.abort_none_finished": (
        "마지막 줄을 출력한 작업 스레드는 없었고, 자식의 메인 스레드도 마찬가지였습니다.",
        "e50c2b",
    ),
    "threads.abort_some_finished": (
        "그래도 작업 스레드 {n}개는 마지막 줄을 출력했습니다.",
        "561109",
    ),
    "threads.handmade_lost": (
        "직접 만든 스레드: 결과 리스트는 {results}이었고, 입력 "
        "{lost}의 작업은 자기 칸을 비워 두었습니다.",
        "59a8b9",
    ),
    "threads.handmade_all": ("직접 만든 스레드: 결과 리스트는 {results}이었습니다.", "7161e6"),
    "threads.handmade_hook": (
        "그 작업의 예외는 `threading.excepthook`으로 가서 출력되었을 "
        "뿐입니다. 메인 스레드는 예외를 보지 못했고, `None`을 보고 "
        "스스로 알아차려야 했습니다.",
        "23eba0",
    ),
    "threads.handmade_silent": ("예외에 대한 보고는 나타나지 않았습니다.", "353518"),
    "threads.pool_map": (
        "`pool.map()`: 루프는 결과 {total}개 중 {count}개({mapped})를 "
        "받았고, 그다음 메인 스레드에서 예외가 발생해 그 뒤의 결과는 "
        "이 루프에 전달되지 못했습니다.",
        "134f3a",
    ),
    "threads.pool_submit": (
        "`submit()`과 `future.result()`: 결과 {ok}개를 받았고, 실패한 "
        "작업의 예외는 `result()`를 호출한 곳에서 다시 "
        "발생해({errors}) 그 자리에서 처리할 수 있었습니다.",
        "5a45c8",
    ),
    "threads.pool_map_all": (
        "`pool.map()`: 결과 {count}개를 모두 받았고({mapped}), 예외는 없었습니다.",
        "499a6d",
    ),
    "threads.pool_submit_all": (
        "`submit()`과 `future.result()`: 결과 {ok}개를 모두 받았고, 예외는 없었습니다.",
        "06b244",
    ),
    "threads.pool_no_hook": (
        "풀은 `Exception in thread` 보고를 출력하지 않았습니다. "
        "예외는 그 대신 future에 담겨 전달됩니다.",
        "87480f",
    ),
    "threads.daemon_cut": (
        "**데몬 스레드는 틱 {total}번 중 {ticks}번을 출력한 뒤, "
        "인터프리터가 종료되면서 중간에 끊겼습니다.** 마지막 줄은 "
        "끝내 출력되지 않았습니다.",
        "8683eb",
    ),
    "threads.daemon_finished": (
        "데몬 스레드는 인터프리터가 종료되기 전에 틱 {total}번을 모두 마쳤습니다.",
        "911d70",
    ),
    "threads.worker_waited": (
        "메인 스레드는 {main:.2f}초에 스크립트 끝에 도달했지만, "
        "프로세스는 데몬이 아닌 작업 스레드를 기다렸고, 그 스레드의 "
        "줄이 {worker:.2f}초에 마지막으로 출력되었습니다.",
        "51a817",
    ),
    "threads.worker_not_last": (
        "메인 스레드는 {main:.2f}초에 끝에 도달했고 작업 스레드는 "
        "{worker:.2f}초에 출력했지만, 작업 스레드의 줄이 마지막 줄은 "
        "아니었습니다.",
        "8688a7",
    ),
    "threads.worker_missing": ("작업 스레드나 메인 스레드의 줄이 없습니다.", "e933f7"),
}
