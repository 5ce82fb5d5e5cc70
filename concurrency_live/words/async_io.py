"""The words of docs/asyncio.md (pages/async_io.py), and of the asyncio claims and their
evidence (rendering/claims.py, pages/evidence.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
    "async_io.kind_tasks": "asyncio tasks",
    "async_io.kind_threads": "threads",
    "async_io.turns_alternate": (
        "The two coroutines took turns at every `await`: {order}. Each ran until its next "
        "`await`, then the event loop ran the other one; nothing ran at the same time."
    ),
    "async_io.turns_other": (
        "The steps came in the order {order}, not strictly in turns: the event loop ran the "
        "coroutines in another order than the one described here."
    ),
    "async_io.col_waits": "Waits at once",
    "async_io.col_tasks_time": "Tasks: all done in",
    "async_io.col_tasks_floor": "Tasks \u00f7 floor",
    "async_io.col_threads_time": "Threads: all done in",
    "async_io.col_threads_floor": "Threads \u00f7 floor",
    "async_io.col_threads_over_tasks": "Threads \u00f7 tasks",
    "async_io.waits_note": (
        "Each wait sleeps {floor}; the floor is that one wait, the least any way of waiting "
        "can take. *All done in*: the median, over the paired rounds, of the time from the "
        "first start to the last finish, measured in the program's own process. Each "
        "multiple is the median of the per-round values with its 95 % interval in brackets; "
        "*threads \u00f7 tasks* divides the two times of the same round. A multiple of the "
        "floor whose interval reaches 1 is marked *at the limit*, one wholly below 1 *past "
        "the limit*."
    ),
    "async_io.col_kind": "Held open at once",
    "async_io.col_start_each": "Start, each",
    "async_io.col_memory_each": "Resident memory, each",
    "async_io.unavailable": "not measurable here",
    "async_io.thread_over_task": "a thread \u00f7 a task",
    "async_io.held_note": (
        "{count} tasks, or {count} threads, started in a fresh child process and all left "
        "waiting. *Start, each*: the time until the last one had begun its wait, divided by "
        "{count} (median over the rounds). *Resident memory, each*: how much the process's "
        "resident memory (`/proc/self/statm`) grew from before the first start to the moment "
        "all were waiting, divided by {count}. The last row divides the thread's figure by "
        "the task's of the same round: the median and its 95 % interval."
    ),
    "async_io.time_threads_slower": (
        "With {count} waits at once, asyncio tasks were all done in {tasks} the floor and "
        "threads in {threads}: the threads took {ratio} as long as the tasks of the same "
        "rounds."
    ),
    "async_io.time_threads_faster": (
        "With {count} waits at once, asyncio tasks were all done in {tasks} the floor and "
        "threads in {threads}: here the threads were quicker, {ratio} the tasks' time in the "
        "same rounds."
    ),
    "async_io.time_same": (
        "With {count} waits at once, asyncio tasks were all done in {tasks} the floor and "
        "threads in {threads}; in the same rounds the two could not be told apart "
        "(threads \u00f7 tasks {ratio})."
    ),
    "async_io.start_threads_slower": (
        "Starting a thread took {thread}, starting a task {task}: a thread cost {ratio} as much."
    ),
    "async_io.start_threads_faster": (
        "Starting a thread took {thread}, starting a task {task}: here a thread was the "
        "cheaper, {ratio} a task's cost."
    ),
    "async_io.start_same": (
        "Starting a thread took {thread}, starting a task {task}; the rounds could not tell "
        "them apart ({ratio})."
    ),
    "async_io.memory_threads_more": (
        "Each waiting thread held {thread} of resident memory, each task {task}: {ratio} as "
        "much, or {more} more for {count} waits."
    ),
    "async_io.memory_threads_less": (
        "Each waiting thread held {thread} of resident memory, each task {task}: here a "
        "thread held less, {ratio} a task's."
    ),
    "async_io.memory_same": (
        "Each waiting thread held {thread} of resident memory, each task {task}; the rounds "
        "could not tell them apart ({ratio})."
    ),
    "async_io.memory_unavailable": (
        "Resident memory could not be read on this system (the program reads Linux's "
        "`/proc/self/statm`), so there is no memory figure."
    ),
    "async_io.way_asyncio_sleep": "await asyncio.sleep",
    "async_io.way_time_sleep": "time.sleep (blocking)",
    "async_io.way_cpu_inline": "CPU work inline",
    "async_io.way_to_thread": "asyncio.to_thread(time.sleep)",
    "async_io.way_process_pool": "CPU work in a process pool",
    "async_io.loop_froze": "froze the loop",
    "async_io.loop_kept_beating": "the loop kept beating",
    "async_io.loop_unclear": "cannot tell",
    "async_io.lane_beats": "heartbeat",
    "async_io.lane_other": "other coroutine",
    "async_io.timeline_title": (
        "A beat every {beat} while another coroutine spends {block}, five ways"
    ),
    "async_io.timeline_x": "Milliseconds since the first beat (the last round)",
    "async_io.col_way": "The other coroutine",
    "async_io.col_late": "Worst lateness of a beat",
    "async_io.col_share": "\u00f7 the block",
    "async_io.col_beats_during": "Beats while it ran",
    "async_io.col_loop": "The event loop",
    "async_io.heartbeat_note": (
        "The heartbeat task notes the time and awaits `asyncio.sleep({beat})`, over and over. "
        "*Worst lateness*: the longest gap between two beats, less {beat}, in each round; the "
        "table gives its median over the paired rounds with the 95 % interval in brackets, "
        "then the same as a share of the {block} the other coroutine spent. The verdict "
        "*froze the loop* means the whole interval lies at or above half the block, *the "
        "loop kept beating* that it lies below (the rule of the claims below). *Beats while "
        "it ran* and the timeline come from the last round."
    ),
    "async_io.summary_item": "{way}, {late} late",
    "async_io.summary_froze": "These froze the event loop: {ways}.",
    "async_io.summary_kept": "With these the loop kept beating: {ways}.",
    "async_io.summary_unclear": "For these the rounds cannot tell: {ways}.",
    "async_io.summary_expected": (
        "That is what the code predicts: a call that blocks the loop's own thread stops every "
        "task on it, and an await, a thread or a process does not."
    ),
    "async_io.summary_unexpected": (
        "That is not all what the code predicts (a call that blocks the loop's own thread "
        "freezes it, an await, a thread or a process does not): the machine was probably too "
        "busy in these rounds to tell."
    ),
    "async_io.none": "none",
    "async_io.cancel_both": (
        "The timeout of {limit} cancelled `slow`. In the task group, {failed} failed; the "
        "group then cancelled the tasks still running, {cancelled}, and raised the failure "
        "as an exception group; {done} had already finished."
    ),
    "async_io.cancel_timeout_only": (
        "The timeout of {limit} cancelled `slow`, but in the task group nothing was "
        "cancelled: {failed} failed and {done} finished."
    ),
    "async_io.cancel_group_only": (
        "The timeout of {limit} did not cancel `slow`. In the task group, {failed} failed and "
        "the group cancelled {cancelled}; {done} had already finished."
    ),
    "async_io.cancel_neither": (
        "Nothing was cancelled in this run: {failed} failed and {done} finished."
    ),
    "claims.asyncio_floor": "asyncio tasks wait out 10,000 sleeps at once close to the floor.",
    "claims.asyncio_floor.figure": "{source}: time \u00f7 floor",
    "claims.thread_memory": "A waiting thread holds more resident memory than a waiting task.",
    "claims.thread_memory.figure": "{source}: per thread \u00f7 per task",
    "claims.blocking_call": "A blocking call inside a coroutine freezes the event loop.",
    "claims.blocking_call.figure": "{source}: the heartbeat's worst lateness \u00f7 the block",
    "claims.loop_offload": (
        "Awaiting, or handing the call to a thread or a process, keeps the event loop running."
    ),
    "claims.loop_offload.figure": "{source}: the heartbeat's worst lateness \u00f7 the block",
    "evidence.asyncio_waits": "{count} waits of {floor} in asyncio tasks",
    "evidence.asyncio_memory": "{count} threads and {count} tasks held waiting",
    "evidence.asyncio_heartbeat": "{way} for {block} next to a heartbeat",
}

KO: dict[str, tuple[str, str]] = {
    "async_io.kind_tasks": ("asyncio 태스크", "621773"),
    "async_io.kind_threads": ("스레드", "4cc500"),
    "async_io.turns_alternate": (
        "두 코루틴은 `await`마다 번갈아 실행되었습니다: {order}. 각 코루틴은 다음 `await`까지 "
        "실행되고, 그다음 이벤트 루프가 다른 코루틴을 실행했습니다. 동시에 실행된 것은 "
        "없습니다.",
        "843d9a",
    ),
    "async_io.turns_other": (
        "단계가 {order} 순서로 나와 엄격하게 번갈아 실행되지 않았습니다. 이벤트 루프가 "
        "여기서 설명한 것과 다른 순서로 코루틴을 실행했습니다.",
        "53fbd6",
    ),
    "async_io.col_waits": ("동시 대기 수", "2f23f4"),
    "async_io.col_tasks_time": ("태스크: 모두 끝난 시간", "0f1086"),
    "async_io.col_tasks_floor": ("태스크 \u00f7 하한", "20c972"),
    "async_io.col_threads_time": ("스레드: 모두 끝난 시간", "f10445"),
    "async_io.col_threads_floor": ("스레드 \u00f7 하한", "b1ee83"),
    "async_io.col_threads_over_tasks": ("스레드 \u00f7 태스크", "1d717e"),
    "async_io.waits_note": (
        "대기 하나는 {floor} 동안 잠듭니다. 하한은 바로 그 대기 하나의 시간으로, 어떤 "
        "방식으로 기다려도 이보다 빨리 끝날 수는 없습니다. *모두 끝난 시간*은 첫 시작부터 "
        "마지막 종료까지의 시간을 프로그램 자신의 프로세스에서 잰 값의, 짝지은 "
        "라운드에 걸친 중앙값입니다. 각 배수는 라운드별 값의 중앙값이며 괄호 안은 95 % "
        "구간입니다. *스레드 \u00f7 태스크*는 같은 라운드의 두 시간을 나눈 값입니다. 구간이 "
        "1에 닿는 하한의 배수는 *한계에 도달*, 구간 전체가 1보다 작은 값은 *한계를 넘음*으로 "
        "표시합니다.",
        "b85272",
    ),
    "async_io.col_kind": ("한꺼번에 열어 둔 대기", "393e13"),
    "async_io.col_start_each": ("하나를 시작하는 데", "5d8dd8"),
    "async_io.col_memory_each": ("하나가 차지하는 상주 메모리", "abbe88"),
    "async_io.unavailable": ("이 시스템에서는 측정할 수 없음", "b861b8"),
    "async_io.thread_over_task": ("스레드 \u00f7 태스크", "7eb2ee"),
    "async_io.held_note": (
        "새 자식 프로세스에서 태스크 {count}개, 또는 스레드 {count}개를 시작해 모두 기다리게 "
        "둡니다. *하나를 시작하는 데*는 마지막 하나가 대기에 들어갈 때까지 걸린 시간을 "
        "{count}로 나눈 값입니다(라운드에 걸친 중앙값). *하나가 차지하는 상주 메모리*는 "
        "첫 시작 직전부터 모두가 기다리는 순간까지 프로세스의 상주 메모리"
        "(`/proc/self/statm`)가 늘어난 양을 {count}로 나눈 값입니다. 마지막 행은 같은 "
        "라운드에서 스레드의 값을 태스크의 값으로 나눈 것으로, 중앙값과 95 % 구간입니다.",
        "42bac8",
    ),
    "async_io.time_threads_slower": (
        "대기 {count}개를 한꺼번에 걸었을 때 asyncio 태스크는 하한의 {tasks}, 스레드는 "
        "{threads} 만에 모두 끝났습니다. 같은 라운드에서 스레드는 태스크보다 {ratio} 오래 "
        "걸렸습니다.",
        "5f7b1d",
    ),
    "async_io.time_threads_faster": (
        "대기 {count}개를 한꺼번에 걸었을 때 asyncio 태스크는 하한의 {tasks}, 스레드는 "
        "{threads} 만에 모두 끝났습니다. 이번에는 스레드가 더 빨라서, 같은 라운드에서 "
        "태스크 시간의 {ratio}였습니다.",
        "67f396",
    ),
    "async_io.time_same": (
        "대기 {count}개를 한꺼번에 걸었을 때 asyncio 태스크는 하한의 {tasks}, 스레드는 "
        "{threads} 만에 모두 끝났습니다. 같은 라운드끼리 비교하면 둘을 구별할 수 "
        "없었습니다(스레드 \u00f7 태스크 {ratio}).",
        "f9223b",
    ),
    "async_io.start_threads_slower": (
        "스레드 하나를 시작하는 데 {thread}, 태스크 하나에는 {task}가 걸려, 스레드가 "
        "{ratio} 비쌌습니다.",
        "3a9e66",
    ),
    "async_io.start_threads_faster": (
        "스레드 하나를 시작하는 데 {thread}, 태스크 하나에는 {task}가 걸렸습니다. "
        "이번에는 스레드가 더 싸서 태스크 비용의 {ratio}였습니다.",
        "8c7545",
    ),
    "async_io.start_same": (
        "스레드 하나를 시작하는 데 {thread}, 태스크 하나에는 {task}가 걸렸고, 라운드로는 "
        "둘을 구별할 수 없었습니다({ratio}).",
        "f3d1a4",
    ),
    "async_io.memory_threads_more": (
        "기다리는 스레드 하나는 상주 메모리를 {thread}, 태스크 하나는 {task} 차지했습니다. "
        "스레드가 {ratio}이고, 대기 {count}개라면 {more}를 더 쓰는 셈입니다.",
        "284d5b",
    ),
    "async_io.memory_threads_less": (
        "기다리는 스레드 하나는 상주 메모리를 {thread}, 태스크 하나는 {task} "
        "차지했습니다. 이번에는 스레드가 더 적어서 태스크의 {ratio}였습니다.",
        "62a026",
    ),
    "async_io.memory_same": (
        "기다리는 스레드 하나는 상주 메모리를 {thread}, 태스크 하나는 {task} 차지했고, "
        "라운드로는 둘을 구별할 수 없었습니다({ratio}).",
        "2bb626",
    ),
    "async_io.memory_unavailable": (
        "이 시스템에서는 상주 메모리를 읽을 수 없어서(프로그램은 Linux의 "
        "`/proc/self/statm`을 읽습니다) 메모리 수치가 없습니다.",
        "5de0a5",
    ),
    "async_io.way_asyncio_sleep": ("await asyncio.sleep", "0b9602"),
    "async_io.way_time_sleep": ("time.sleep (블로킹)", "8687ae"),
    "async_io.way_cpu_inline": ("코루틴 안에서 CPU 작업", "6b5ab1"),
    "async_io.way_to_thread": ("asyncio.to_thread(time.sleep)", "8f4bf7"),
    "async_io.way_process_pool": ("프로세스 풀에서 CPU 작업", "793da8"),
    "async_io.loop_froze": ("루프가 멈춤", "5b8dc0"),
    "async_io.loop_kept_beating": ("루프가 계속 뜀", "95196c"),
    "async_io.loop_unclear": ("판단할 수 없음", "3b01ac"),
    "async_io.lane_beats": ("하트비트", "6b20e9"),
    "async_io.lane_other": ("다른 코루틴", "d8f4e0"),
    "async_io.timeline_title": (
        "다른 코루틴이 {block}를 다섯 가지 방식으로 쓰는 동안 {beat}마다 뛰는 하트비트",
        "c83b62",
    ),
    "async_io.timeline_x": ("첫 박동 이후 밀리초 (마지막 라운드)", "596e2b"),
    "async_io.col_way": ("다른 코루틴", "d66c21"),
    "async_io.col_late": ("박동의 최대 지연", "d59e98"),
    "async_io.col_share": ("\u00f7 블록 시간", "552d3b"),
    "async_io.col_beats_during": ("그동안 뛴 박동 수", "385144"),
    "async_io.col_loop": ("이벤트 루프", "4665a4"),
    "async_io.heartbeat_note": (
        "하트비트 태스크는 시각을 적고 `asyncio.sleep({beat})`를 기다리기를 되풀이합니다. "
        "*최대 지연*은 라운드마다 두 박동 사이의 가장 긴 간격에서 {beat}를 뺀 값이며, 표는 "
        "짝지은 라운드에 걸친 그 중앙값과 괄호 안의 95 % 구간, 그리고 같은 값을 다른 "
        "코루틴이 쓴 {block}에 대한 비율로 보여 줍니다. *루프가 멈춤*은 구간 전체가 블록 "
        "시간의 절반 이상에 있다는 뜻이고, *루프가 계속 뜀*은 그 아래에 있다는 뜻입니다"
        "(아래 주장과 같은 규칙). *그동안 뛴 박동 수*와 타임라인은 마지막 라운드의 "
        "것입니다.",
        "85f7a1",
    ),
    "async_io.summary_item": ("{way}: 최대 {late} 지연", "10afd5"),
    "async_io.summary_froze": ("이벤트 루프를 멈춘 방식: {ways}.", "39137b"),
    "async_io.summary_kept": ("루프가 계속 뛴 방식: {ways}.", "fc77ab"),
    "async_io.summary_unclear": ("라운드로 판단할 수 없었던 방식: {ways}.", "13d90f"),
    "async_io.summary_expected": (
        "코드에서 예상한 그대로입니다. 루프 자신의 스레드를 막는 호출은 그 루프의 모든 "
        "태스크를 멈추고, await나 스레드, 프로세스는 그렇지 않습니다.",
        "42d255",
    ),
    "async_io.summary_unexpected": (
        "코드에서 예상한 것(루프 자신의 스레드를 막는 호출은 루프를 멈추고, await나 "
        "스레드, 프로세스는 그렇지 않다)과 다 맞지는 않습니다. 이 라운드 동안 기계가 너무 "
        "바빠서 구별하지 못했을 가능성이 큽니다.",
        "0edf1e",
    ),
    "async_io.none": ("없음", "140bed"),
    "async_io.cancel_both": (
        "{limit} 타임아웃이 `slow`를 취소했습니다. 태스크 그룹에서 실패한 태스크: {failed}. "
        "그러자 그룹은 아직 실행 중이던 태스크({cancelled})를 취소하고, 그 실패를 예외 "
        "그룹으로 올렸습니다. 이미 끝나 있던 태스크: {done}.",
        "50cb43",
    ),
    "async_io.cancel_timeout_only": (
        "{limit} 타임아웃이 `slow`를 취소했지만, 태스크 그룹에서는 아무것도 취소되지 "
        "않았습니다. 실패한 태스크: {failed}. 끝난 태스크: {done}.",
        "fa9a9c",
    ),
    "async_io.cancel_group_only": (
        "{limit} 타임아웃은 `slow`를 취소하지 않았습니다. 태스크 그룹에서 실패한 태스크: "
        "{failed}. 그룹이 취소한 태스크: {cancelled}. 이미 끝나 있던 태스크: {done}.",
        "62931f",
    ),
    "async_io.cancel_neither": (
        "이번 실행에서는 아무것도 취소되지 않았습니다. 실패한 태스크: {failed}. 끝난 태스크: "
        "{done}.",
        "246a99",
    ),
    "claims.asyncio_floor": (
        "asyncio 태스크는 한꺼번에 건 sleep 10,000개를 하한에 가깝게 끝냅니다.",
        "806f35",
    ),
    "claims.asyncio_floor.figure": ("{source}: 시간 \u00f7 하한", "386d3c"),
    "claims.thread_memory": (
        "기다리는 스레드는 기다리는 태스크보다 상주 메모리를 더 많이 차지합니다.",
        "99c9e2",
    ),
    "claims.thread_memory.figure": ("{source}: 스레드 하나 \u00f7 태스크 하나", "b47728"),
    "claims.blocking_call": ("코루틴 안의 블로킹 호출은 이벤트 루프를 멈춥니다.", "322790"),
    "claims.blocking_call.figure": ("{source}: 하트비트의 최대 지연 \u00f7 블록 시간", "9c3f83"),
    "claims.loop_offload": (
        "await하거나 호출을 스레드나 프로세스에 넘기면 이벤트 루프는 계속 돕니다.",
        "c94474",
    ),
    "claims.loop_offload.figure": ("{source}: 하트비트의 최대 지연 \u00f7 블록 시간", "9c3f83"),
    "evidence.asyncio_waits": ("asyncio 태스크로 {floor}짜리 대기 {count}개", "0b45f7"),
    "evidence.asyncio_memory": ("스레드 {count}개와 태스크 {count}개를 기다리게 둠", "99dc5e"),
    "evidence.asyncio_heartbeat": ("하트비트 옆에서 {block} 동안 {way}", "1781d2"),
}
