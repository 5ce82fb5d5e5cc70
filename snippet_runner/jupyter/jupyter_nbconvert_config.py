# Read by nbconvert when mkdocs-jupyter executes notebooks (the hook points JUPYTER_CONFIG_DIR
# here): a cell that runs longer than this fails the build instead of hanging it.
import os

c = get_config()  # noqa: F821
c.NotebookClient.timeout = int(os.environ.get("NOTEBOOK_CELL_TIMEOUT", "300"))
