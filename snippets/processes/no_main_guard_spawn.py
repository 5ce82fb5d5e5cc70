"""What happens without the `if __name__ == "__main__":` guard under the
spawn start method.

This is the one snippet on the site that leaves the guard out, on purpose: a
spawned child imports this file again, so the module-level code below runs a
second time in the child, and the child's own child.start() fails. The parent
itself carries on and exits with code 0.
"""

import multiprocessing
import os

print(
    f"module code runs: pid {os.getpid()}, __name__ = {__name__!r}", flush=True
)


def work():
    # Never printed: the child fails before it gets here.
    print("child: working", flush=True)


context = multiprocessing.get_context("spawn")
child = context.Process(target=work)
child.start()
child.join()
print(f"parent: the child's exit code is {child.exitcode}", flush=True)
