"""Parse a folder of saved Tribun pages on a local Dask cluster and write a Parquet table.

Run it as a script:  python dask_local_cluster.py pages/ articles.parquet
"""

import sys

from dask.distributed import Client, LocalCluster

from newsparse.dask import read_html, to_dataframe


def main(pages: str, out: str) -> None:
    # Two worker processes with one thread each: parsing is CPU-bound Python.
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster):
        articles = read_html(pages)  # a folder, a glob like "pages/**/*.html", or a list of files
        frame = to_dataframe(articles, columns=["url", "title", "authors", "published", "text", "quotes"],
                             nested="json")  # quotes as JSON text: Parquet-friendly
        frame.to_parquet(out)
        print(f"{len(frame)} articles written to {out}")


# Required: the worker processes import this file, and without the guard each one would start
# its own cluster ("An attempt has been made to start a new process before the current process
# has finished its bootstrapping phase").
if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
