"""Hand payloads to a child process in a multiprocessing.Array, the size in
a Value."""

import contextlib
import hashlib
import multiprocessing

import handover  # beside this file: times the transfers and checks every byte

MECHANISM, BETWEEN = "multiprocessing.Value + Array", "processes"


def receiver(size, data, digest, ready, done):
    # The array's memory as bytes, without a copy.
    view = memoryview(data).cast("B")
    while True:
        ready.acquire()
        if size.value < 0:
            break
        # The acknowledgement: the bytes are there to read in place, uncopied.
        done.release()
        ready.acquire()  # the sender asks for proof once its clock has stopped
        digest[:] = hashlib.sha256(view[: size.value]).digest()
        done.release()


@contextlib.contextmanager
def opened():
    """Allocate the arrays and start the receiver; yield the sender's two
    functions; stop the receiver."""
    # A C long long with a lock around each access.
    size = multiprocessing.Value("q", 0)
    # lock=False: the two semaphores already make the two sides take turns.
    data = multiprocessing.Array("B", handover.LARGEST, lock=False)
    digest = multiprocessing.Array("B", 32, lock=False)
    ready, done = multiprocessing.Semaphore(0), multiprocessing.Semaphore(0)
    child = multiprocessing.Process(
        target=receiver, args=(size, data, digest, ready, done), daemon=True
    )
    child.start()
    view = memoryview(data).cast("B")

    def send(payload):
        view[: len(payload)] = payload  # the one copy: into the array
        size.value = len(payload)
        ready.release()
        done.acquire()

    def proof():
        ready.release()
        done.acquire()
        return bytes(digest)

    try:
        yield send, proof
    finally:
        size.value = -1
        ready.release()
        child.join()
        view.release()


if __name__ == "__main__":
    with opened() as (send, proof):
        handover.benchmark(MECHANISM, BETWEEN, send, proof)
