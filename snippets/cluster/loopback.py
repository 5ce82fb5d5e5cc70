"""A Dask cluster on this machine only, for the programs in this folder.

``with loopback.cluster(workers) as client:`` starts a scheduler and
``workers`` worker processes on 127.0.0.1, connects a Client to them, and
stops everything at the end of the block. Nothing listens on another address
and no dashboard is served.
"""

import contextlib
import logging
import os
import tempfile

import dask
from distributed import Client, LocalCluster


@contextlib.contextmanager
def cluster(workers: int):
    """A Client to a LocalCluster of ``workers`` single-threaded worker
    processes.

    Dask's scratch files go to a temporary directory, removed at the end. Log
    lines below ERROR are dropped: the routine ones would make the output
    differ from run to run.
    """
    with (
        tempfile.TemporaryDirectory(prefix="dask-") as scratch,
        dask.config.set({"temporary-directory": scratch}),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            # The scheduler still serves health checks over HTTP: on a free
            # port, not on 8787, where a second cluster on the machine would
            # get a warning instead.
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            local_directory=scratch,
            silence_logs=logging.ERROR,
        ) as local,
        Client(local) as client,
    ):
        client.wait_for_workers(workers, timeout=60)
        yield client
        # While everything stops, a worker's heartbeat can meet the closing
        # scheduler and log an ERROR: a harmless race inside Dask. The work is
        # done, so from here on the workers show only CRITICAL messages.
        # (After an exception in the block, their errors show.)
        client.run(quiet_logs)


def quiet_logs() -> None:
    logging.getLogger("distributed").setLevel(logging.CRITICAL)


def worker_pids(client) -> dict[str, int]:
    """The process id of every worker, by the worker's address."""
    return client.run(os.getpid)
