"""Hand payloads to a child process in a SharedMemory block; two semaphores
take turns."""

import contextlib
import hashlib
import multiprocessing
from multiprocessing.shared_memory import SharedMemory

import handover  # beside this file: times the transfers and checks every byte

MECHANISM, BETWEEN = "shared_memory.SharedMemory", "processes"
# Bytes 0-7: the payload's size (-1: stop); 8-39: the receiver's SHA-256.
HEADER = 40


def receiver(name, ready, done):
    block = SharedMemory(name=name)
    while True:
        ready.acquire()
        size = int.from_bytes(block.buf[:8], "little", signed=True)
        if size < 0:
            break
        # The acknowledgement: the bytes are there to read in place, uncopied.
        done.release()
        ready.acquire()  # the sender asks for proof once its clock has stopped
        with block.buf[HEADER : HEADER + size] as payload:
            block.buf[8:HEADER] = hashlib.sha256(payload).digest()
        done.release()
    block.close()


@contextlib.contextmanager
def opened():
    """Create the block and start the receiver; yield the sender's two
    functions; clean up."""
    block = SharedMemory(create=True, size=HEADER + handover.LARGEST)
    ready, done = multiprocessing.Semaphore(0), multiprocessing.Semaphore(0)
    child = multiprocessing.Process(
        target=receiver, args=(block.name, ready, done), daemon=True
    )
    child.start()

    def send(payload):
        # The one copy: into the block.
        block.buf[HEADER : HEADER + len(payload)] = payload
        block.buf[:8] = len(payload).to_bytes(8, "little", signed=True)
        ready.release()
        done.acquire()

    def proof():
        ready.release()
        done.acquire()
        return bytes(block.buf[8:HEADER])

    try:
        yield send, proof
    finally:
        block.buf[:8] = (-1).to_bytes(8, "little", signed=True)
        ready.release()
        child.join()
        block.close()
        # The block outlives every process until someone unlinks it.
        block.unlink()


if __name__ == "__main__":
    with opened() as (send, proof):
        handover.benchmark(MECHANISM, BETWEEN, send, proof)
