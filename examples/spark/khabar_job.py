"""khabar on Spark: annotate a corpus of {"doc", "text"} JSON lines per
partition, build a partial report per partition, merge the partials into one
report, identical to the report of a single run.

    python khabar_job.py --khabar target/release/khabar --corpus corpus.jsonl \
        --out out/ --partitions 8 [--master local[2]]

What it relies on (README, "On Spark"):
- the khabar binary is shipped to the executors with addFile and found inside
  each task with SparkFiles.get (it needs glibc 2.34 or newer there);
- the task's environment is the executor's, merged with RAYON_NUM_THREADS set
  to the task's cores (spark.task.cpus), so that khabar takes one core per
  task and not every core of the machine;
- `khabar annotate --errors-as-records` turns a bad line into a record of its
  own, so that a task neither loses it nor fails (and is not retried on the
  same deterministic input until the job dies);
- annotations are written by Spark with its own file names (part-*), which
  `khabar report` reads by their content;
- the annotations are partitioned by document id before the partial
  reports are made, so that a document given twice (a retried task, a
  duplicated row) lands in one partition, where khabar counts it once;
  partial reports sharing documents are not merged;
- each partition's annotations become a partial report in the task (about
  20 MB per GB of text), the partials are merged pairwise in a tree
  (treeReduce, each merge a `khabar report --partial` over two partials in a
  task), and the driver makes the report from the last one.
"""

import argparse
import json
import os
import subprocess
import tempfile

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def khabar_in_task():
    exe = SparkFiles.get("khabar")
    # addFile keeps the bytes, not always the mode.
    if not os.access(exe, os.X_OK):
        os.chmod(exe, 0o755)
    return exe


def task_env(cores):
    env = dict(os.environ)
    env["RAYON_NUM_THREADS"] = str(cores)
    return env


def annotate_partition(cores):
    def run(lines):
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        if not data:
            return
        done = subprocess.run(
            [khabar_in_task(), "annotate", "--jsonl", "--quiet", "--errors-as-records"],
            input=data,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=task_env(cores),
            check=False,
        )
        # Exit code 1 cannot happen with --errors-as-records; 2 means nothing
        # was made (a broken binary, a bad flag): fail the task loudly.
        if done.returncode != 0:
            raise RuntimeError("khabar annotate failed (%d): %s" % (done.returncode, done.stderr.decode("utf-8", "replace")))
        for line in done.stdout.decode("utf-8").splitlines():
            yield line

    return run


def partial_of_partition(cores):
    def run(lines):
        with tempfile.TemporaryDirectory() as tmp:
            shard = os.path.join(tmp, "part.jsonl")
            with open(shard, "w", encoding="utf-8") as f:
                for line in lines:
                    f.write(line)
                    f.write("\n")
            if os.path.getsize(shard) == 0:
                return
            partial = os.path.join(tmp, "partial.json")
            done = subprocess.run(
                [khabar_in_task(), "report", "--quiet", shard, "--partial", partial],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=task_env(cores),
                check=False,
            )
            if done.returncode == 2:
                raise RuntimeError("khabar report --partial failed: %s" % done.stderr.decode("utf-8", "replace"))
            with open(partial, encoding="utf-8") as f:
                yield f.read()

    return run


def doc_id(line):
    """The `doc` of an annotation line, which khabar writes first (only it
    is decoded, not the whole line)."""
    prefix = '{"doc":'
    if line.startswith(prefix):
        value, _ = json.JSONDecoder().raw_decode(line, len(prefix))
        return str(value)
    return str(json.loads(line).get("doc"))


def merge_partials(cores):
    def run(left, right):
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for k, partial in enumerate((left, right)):
                path = os.path.join(tmp, "in-%d.json" % k)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(partial)
                paths.append(path)
            merged = os.path.join(tmp, "merged.json")
            done = subprocess.run(
                [khabar_in_task(), "report", "--quiet"] + paths + ["--partial", merged],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=task_env(cores),
                check=False,
            )
            # Partials of disjoint documents always merge; anything else is
            # a fault of the job, not of a record.
            if done.returncode != 0:
                raise RuntimeError("khabar report (merging partials) failed: %s" % done.stderr.decode("utf-8", "replace"))
            with open(merged, encoding="utf-8") as f:
                return f.read()

    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--khabar", required=True, help="the khabar binary")
    parser.add_argument("--corpus", required=True, help='{"doc", "text"} JSON lines')
    parser.add_argument("--out", required=True, help="folder for annotations/, partials/ and report/")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()

    spark = (
        SparkSession.builder.master(args.master)
        .appName("khabar")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.task.cpus", "1")
        .getOrCreate()
    )
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    sc.addFile(os.path.abspath(args.khabar))
    cores = int(sc.getConf().get("spark.task.cpus", "1"))

    out = os.path.abspath(args.out)
    annotations_dir = os.path.join(out, "annotations")
    partials_dir = os.path.join(out, "partials")
    os.makedirs(partials_dir, exist_ok=True)

    docs = sc.textFile(os.path.abspath(args.corpus), minPartitions=args.partitions)
    annotations = docs.mapPartitions(annotate_partition(cores))
    annotations.saveAsTextFile("file://" + annotations_dir)

    # Partial reports from Spark's own output files, one per partition of
    # document ids.
    written = sc.textFile("file://" + annotations_dir)
    by_id = written.keyBy(doc_id).partitionBy(written.getNumPartitions()).values()
    partials = by_id.mapPartitions(partial_of_partition(cores))
    # Merged pairwise in a tree, each step in bounded memory.
    merged = partials.treeReduce(merge_partials(cores), depth=3)
    with open(os.path.join(partials_dir, "merged.json"), "w", encoding="utf-8") as f:
        f.write(merged)
    spark.stop()

    # The report, from the merged partial, on the driver.
    subprocess.run(
        [os.path.abspath(args.khabar), "report", "--quiet", partials_dir, "--out", os.path.join(out, "report")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


if __name__ == "__main__":
    main()
