"""The IPC page's words (docs/ipc.md, pages/ipc.py).

``EN`` holds the English; ``KO`` the Korean of the same keys, each with the hash of the English
it translates (``python -m concurrency_live.words --hashes KEY``): see words/__init__.py.
"""

EN: dict[str, str] = {
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
}

KO: dict[str, tuple[str, str]] = {
    "ipc.label_threads": ("{name} (스레드)", "e00f41"),
    "ipc.col_mechanism": ("메커니즘", "3489a4"),
    "ipc.col_between": ("주고받는 쪽", "c1ea3f"),
    "ipc.col_round_trip": ("{size} 왕복 시간(중앙값)", "7fe797"),
    "ipc.col_interval": ("95 % 구간", "efca4e"),
    "ipc.col_vs_quickest": ("`{quickest}` 시간 대비 배수(같은 라운드)", "fae623"),
    "ipc.col_rounds": ("라운드 수", "e9af9c"),
    "ipc.cell_reference": ("가장 빠름", "e7a84d"),
    "ipc.between_processes": ("프로세스", "abd4c4"),
    "ipc.between_threads": ("스레드", "4cc500"),
    "ipc.latency_note": (
        "각 메커니즘은 라운드마다 {size} 왕복을 {per}번 했고, 그 라운드의 시간은 이들의 "
        "평균입니다. 시간은 라운드들에 걸친 중앙값과 그 95 % 구간입니다. 배수는 각 라운드의 "
        "시간을 같은 라운드에서 프로세스 사이의 가장 빠른 방법이 걸린 시간으로 나눈 것이고, "
        "그 비율들의 중앙값과 95 % 구간을 보여 줍니다.",
        "4ab857",
    ),
    "ipc.latency_range": (
        "프로세스 사이에서 가장 빠른 왕복은 `{fast}`로 {fast_time}였고, 가장 느린 왕복은 "
        "`{slow}`로 {slow_time}였습니다. 같은 라운드에서 {ratio}만큼 오래 걸린 셈입니다.",
        "a977ab",
    ),
    "ipc.latency_threads_faster": (
        "두 스레드 사이에서는 `{thread}`가 {thread_time} 걸렸고, 이는 `{fast}` 왕복 시간의 "
        "{ratio}입니다. 메시지가 프로세스 밖으로 나가지 않으므로 프로세스 사이의 어떤 "
        "방법보다도 빠릅니다.",
        "591d39",
    ),
    "ipc.latency_threads_slower": (
        "두 스레드 사이에서는 `{thread}`가 {thread_time} 걸렸고, 이는 `{fast}` 왕복 시간의 "
        "{ratio}입니다. 프로세스 사이의 가장 빠른 방법보다 느렸습니다. 참조를 넘기는 데는 "
        "비용이 들지 않지만, 기다리는 스레드를 깨우는 데는 비용이 듭니다. `queue.Queue`는 "
        "Python으로 작성된 락과 조건 변수로 만들어져 있고, GIL(Global Interpreter Lock)이 "
        "있는 환경에서는 깨어난 스레드가 GIL도 획득해야 합니다.",
        "bd20dd",
    ),
    "ipc.latency_threads_unclear": (
        "두 스레드 사이에서는 `{thread}`가 {thread_time} 걸렸고, 이는 `{fast}` 왕복 시간의 "
        "{ratio}입니다. 구간이 1&times;를 포함하므로, 이번 실행으로는 둘 중 어느 쪽이 더 "
        "빠른지 알 수 없습니다.",
        "d88258",
    ),
    "ipc.table_note": (
        "각 칸은 페이로드 크기를 {rounds}개 라운드에 걸친 전달 한 번의 시간 중앙값으로 나눈 "
        "값이고, 그 아래는 그 중앙값의 95 % 구간입니다. 라운드마다 메커니즘별 전달 횟수: "
        "{per}(라운드의 시간은 이들의 평균). 측정한 방법 {count}가지(피클링만 한 경우 포함) "
        "각각의 전달 {sent}회는 워밍업을 포함해 모두, 수신 측이 받은 데이터의 SHA-256을 보낸 "
        "데이터의 SHA-256과 비교해 검증했습니다. 각각 {intact}회가 온전히 도착했습니다.",
        "06e1b0",
    ),
    "ipc.chart_title": ("페이로드 크기별 처리량: 중앙값과 95 % 구간, 라운드 {rounds}개", "c9beb6"),
    "ipc.chart_x": ("페이로드 크기(로그 눈금)", "27e8a0"),
    "ipc.chart_y": ("처리량, GB/s(로그 눈금)", "fd163f"),
    "ipc.chart_pickle": ("pickle.dumps + loads만", "ca7b38"),
    "ipc.chart_desc": (
        "{rounds}개 라운드에서 잰, 페이로드 크기 {low}부터 {high}까지의 처리량 "
        "중앙값(GB/s)입니다. 두 축 모두 로그 눈금이고, 메커니즘마다 선이 하나씩 있으며 각 "
        "점의 95 % 구간은 오차 막대로, 피클링만 따로 잰 값은 점선으로 나타냈습니다. 가장 큰 "
        "크기에서 중앙값이 가장 높은 것은 {fast}, 가장 낮은 것은 {slow}였습니다. 값과 그 "
        "구간: {lines}.",
        "66a1d5",
    ),
    "ipc.col_size": ("페이로드", "997333"),
    "ipc.col_pickle": ("pickle.dumps + loads만(중앙값, 95 % 구간)", "cb8f9c"),
    "ipc.col_transfer": ("`{mechanism}` 전송(중앙값, 95 % 구간)", "dff57c"),
    "ipc.col_share": ("`{mechanism}` 전송 중 피클링 비율", "d43459"),
    "ipc.pickle_note": (
        "모두 같은 {rounds}개 라운드에서 잰 값입니다. 비율은 한 라운드 안에서 피클링만 한 "
        "시간을 전송 시간으로 나눈 것이고, 칸에는 그 비율들의 중앙값과 그 아래 95 % 구간이 "
        "있습니다.",
        "724679",
    ),
    "ipc.pickle_reproduced": (
        "{size}에서 피클링과 언피클링만 {alone} 걸렸고, 같은 페이로드의 `{mechanism}` 전송은 "
        "{whole} 걸렸습니다. 라운드별로 잰 전송 중 피클링 비율은 {share}이고, 구간 전체가 "
        "{threshold} 이상입니다. 이 전달에 드는 일의 큰 부분은 pickle이 하고, 나머지는 전송 "
        "경로(피더 스레드, 파이프, 깨우기)가 차지합니다.",
        "66106b",
    ),
    "ipc.pickle_not_reproduced": (
        "{size}에서 피클링과 언피클링만 {alone} 걸렸고, 같은 페이로드의 `{mechanism}` 전송은 "
        "{whole} 걸렸습니다. 라운드별로 잰 전송 중 피클링 비율은 {share}이고, 구간 전체가 "
        "{threshold} 미만입니다. 시간 대부분은 pickle이 아니라 전송 경로(피더 스레드, 파이프, "
        "깨우기)에 쓰입니다.",
        "630ea4",
    ),
    "ipc.pickle_inconclusive": (
        "{size}에서 피클링과 언피클링만 {alone} 걸렸고, 같은 페이로드의 `{mechanism}` 전송은 "
        "{whole} 걸렸습니다. 라운드별로 잰 전송 중 피클링 비율은 {share}입니다. 구간이 "
        "{threshold}에 걸쳐 있으므로, 이번 실행으로는 피클링이 이 전달의 큰 부분인지 알 수 "
        "없습니다.",
        "3886ea",
    ),
    "ipc.choose_shared_reproduced": (
        "**큰 페이로드:** {size}에서 공유 메모리는 `{queue}`보다 바이트를 빨리 옮겼습니다. "
        "큐 대비 처리량 배수: {figures}. 공유 메모리는 복사를 피합니다. 송신 측은 바이트를 "
        "수신 측이 그 자리에서 읽는 메모리에 한 번만 쓰지만, 큐는 바이트를 피클링해 파이프로 "
        "조각조각 밀어 넣고 받는 쪽에서 새 객체로 언피클링합니다.",
        "037d8a",
    ),
    "ipc.choose_shared_not_reproduced": (
        "**큰 페이로드:** 이번 빌드에서 {size}일 때 공유 메모리의 처리량은 `{queue}`의 "
        "{threshold}에 이르지 못했습니다: {figures}. 공유 메모리는 복사를 줄이지만, 여기서는 "
        "그 덕분에 확실히 빨라지지는 않았습니다.",
        "3c2c90",
    ),
    "ipc.choose_shared_inconclusive": (
        "**큰 페이로드:** {size}에서 `{queue}` 대비 공유 메모리의 처리량 배수: {figures}. "
        "이번 실행으로는 {threshold}에 이르는지 알 수 없습니다. 라운드마다 얼마나 달랐는지는 "
        "구간에서 볼 수 있습니다.",
        "0ff4d3",
    ),
    "ipc.choose_small": (
        "**작은 메시지:** `{best}`로 {small} 페이로드에 담아 보낸 바이트 하나는 {large} "
        "페이로드에 담아 보낸 바이트 하나의 {ratio}만큼 시간이 걸렸습니다. 페이로드가 작으면 "
        "시간은 바이트가 아니라 상대편을 깨우는 데 쓰입니다. 작은 메시지를 많이 보내면 같은 "
        "바이트를 큰 메시지 몇 개로 보낼 때보다 훨씬 비쌉니다.",
        "999392",
    ),
    "ipc.choose_small_flat": (
        "**작은 메시지:** `{best}`로 {small} 페이로드에 담아 보낸 바이트 하나는 {large} "
        "페이로드에 담아 보낸 바이트 하나의 {ratio}만큼 시간이 걸렸고, 구간 전체가 {dearer} "
        "미만입니다. 이번 빌드에서는 작은 메시지가 바이트당 비용이 크게 높지 않았습니다.",
        "26e5d7",
    ),
    "ipc.choose_small_unclear": (
        "**작은 메시지:** `{best}`로 {small} 페이로드에 담아 보낸 바이트 하나는 {large} "
        "페이로드에 담아 보낸 바이트 하나의 {ratio}만큼 시간이 걸렸습니다. 구간이 {dearer}에 "
        "걸쳐 있으므로, 이번 실행으로는 작은 메시지가 바이트당 훨씬 비싼지 알 수 없습니다.",
        "967215",
    ),
    "ipc.choose_manager_reproduced": (
        "**매니저:** 같은 라운드에서 {size}를 옮기는 데 `{manager}`는 일반 `{queue}`보다 오래 "
        "걸렸습니다: "
        "{figures}. 프록시에 대한 호출은 하나하나가 매니저 프로세스로 가는 요청이라서, "
        "페이로드가 송신 측에서 매니저로, 매니저에서 수신 측으로 두 번 이동합니다. 매니저는 "
        "대량의 데이터가 아니라, 작거나 드물게 바뀌는 공유 상태에 어울립니다.",
        "6c08b7",
    ),
    "ipc.choose_manager_not_reproduced": (
        "**매니저:** 같은 라운드에서 {size}일 때 `{manager}`와 일반 `{queue}`의 비교: {figures}. "
        "{threshold} 미만이므로, 이번 빌드에서는 매니저 프로세스를 거쳐 가는 우회가 전송을 "
        "확실히 느리게 하지 않았습니다.",
        "b2c34b",
    ),
    "ipc.choose_manager_inconclusive": (
        "**매니저:** 같은 라운드에서 {size}일 때 `{manager}`와 일반 `{queue}`의 비교: "
        "{figures}. 이번 실행으로는 매니저 프로세스를 거쳐 가는 우회에 {threshold} 이상이 "
        "드는지 알 수 없습니다.",
        "1c4cf1",
    ),
    "ipc.choose_threads_reproduced": (
        "**스레드:** `{thread}`는 {size}를 다른 스레드에 {thread_time} 만에 넘겼고, 프로세스 "
        "사이의 가장 빠른 방법인 `{best}`는 {best_time}, 곧 {ratio}만큼 걸렸습니다. 스레드 "
        "사이에서는 참조만 옮겨 가기 때문입니다. 대가도 있습니다. 이제 두 스레드가 같은 "
        "객체를 바꿀 수 있으므로, 공유되는 변경 가능한 데이터에는 락이 필요합니다.",
        "9d873f",
    ),
    "ipc.choose_threads_not_reproduced": (
        "**스레드:** `{thread}`는 {size}를 다른 스레드에 {thread_time} 만에 넘겼고, "
        "프로세스 사이의 `{best}`는 {best_time}({ratio}) 걸렸습니다. 참조만 옮겨 가는데도 "
        "이번 빌드에서 스레드는 프로세스 사이의 방법들보다 {threshold} 빠르지 않았습니다.",
        "711196",
    ),
    "ipc.choose_threads_inconclusive": (
        "**스레드:** `{thread}`는 {size}를 다른 스레드에 {thread_time} 만에 넘겼고, "
        "프로세스 사이의 `{best}`는 {best_time}({ratio}) 걸렸습니다. 이번 실행으로는 "
        "스레드가 프로세스 사이의 모든 방법보다 {threshold} 이상 빠른지 알 수 없습니다.",
        "d5dcf9",
    ),
    "ipc.setup": (
        "`compare_mechanisms.py`는 프로그램 {count}개의 수신 측을 한꺼번에 열고(피클링만 하는 "
        "경우에는 수신 측이 없습니다), 각각을 모든 크기에서 검증하는 전달 한 번으로 워밍업한 "
        "다음 *라운드*를 실행합니다. 각 라운드는 모든 크기의 페이로드를 모든 메커니즘으로 "
        "넘기며, 작은 크기는 묶음으로 넘깁니다({per}). 순서는 라운드마다 한 자리씩 돌아가므로, "
        "컴퓨터가 더 바빠지거나 한가해져도 모든 메커니즘이 똑같이 영향을 받습니다. 비교값은 "
        "각 라운드 안에서(한 메커니즘의 시간을 같은 라운드의 다른 메커니즘의 시간으로 나누어) "
        "계산하고, 라운드들에 걸친 중앙값과 95 % 구간으로 보고합니다. 라운드는 (최소 "
        "{min_rounds}번) 주장이 기대는 비교값들의 구간이 충분히 좁아지거나 시간 예산이 다할 "
        "때까지 계속됩니다. 모든 전달은 위와 같이 검증합니다. 이번 실행에서는 메커니즘마다 "
        "{sent}회였습니다.",
        "782dab",
    ),
}
