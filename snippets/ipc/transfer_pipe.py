"""Hand payloads to a child process through a multiprocessing.Pipe, one
connection at each end."""

import contextlib
import hashlib
import multiprocessing

import handover  # beside this file: times the transfers and checks every byte

MECHANISM, BETWEEN = "multiprocessing.Pipe", "processes"


def receiver(conn):
    while (payload := conn.recv()) is not None:
        # The acknowledgement: the sender's clock stops here.
        conn.send(len(payload))
        conn.recv()  # the sender asks for proof once its clock has stopped
        conn.send(hashlib.sha256(payload).digest())
        # Freeing it takes time too: do it now, not in the next transfer.
        del payload


@contextlib.contextmanager
def opened():
    """Start the receiver; yield the sender's two functions; stop the
    receiver."""
    parent_end, child_end = multiprocessing.Pipe()
    child = multiprocessing.Process(
        target=receiver, args=(child_end,), daemon=True
    )
    child.start()

    def send(payload):
        parent_end.send(payload)
        parent_end.recv()

    def proof():
        parent_end.send("proof?")
        return parent_end.recv()

    try:
        yield send, proof
    finally:
        parent_end.send(None)
        child.join()


if __name__ == "__main__":
    with opened() as (send, proof):
        handover.benchmark(MECHANISM, BETWEEN, send, proof)
