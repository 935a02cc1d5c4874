//! Writing the report's files safely: all or nothing, one run at a time.
//!
//! A report is several files that belong together (report.html, report.md,
//! report.json, claims.csv). Each is written to a temporary file in the
//! destination folder and renamed over the old one only when every file is
//! complete, so a failure (a full disk, an error, a kill before the end)
//! leaves the previous report whole. A rename replaces a symlink at the
//! destination instead of writing through it. A lock file in the folder
//! makes concurrent runs take turns, so their files never mix.

use anyhow::{Context, Result};
use std::fs::{self, File};
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// The lock file every run takes in the destination folder.
const LOCK: &str = ".khabar-report.lock";
/// Temporary files are named `.<file name>.<random>.khabar-tmp`.
const TMP_SUFFIX: &str = ".khabar-tmp";

/// One file of a report being written, to its temporary file.
pub(crate) struct Staged {
    name: String,
    writer: BufWriter<NamedTempFile>,
}

impl io::Write for Staged {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.writer.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// A report being written into one folder.
pub(crate) struct Staging {
    dir: PathBuf,
    files: Vec<(String, BufWriter<NamedTempFile>)>,
    /// Files of an older report to remove at the commit.
    stale: Vec<String>,
    // Held until the files are renamed (or the staging dropped); closing
    // the file releases the lock.
    _lock: File,
}

impl Staging {
    /// Creates `dir` if needed and waits for any other run writing there.
    /// Temporary files a killed run left behind are removed.
    pub(crate) fn begin(dir: &Path) -> Result<Staging> {
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let lock_path = dir.join(LOCK);
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .with_context(|| format!("opening {}", lock_path.display()))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                crate::output::warn(format_args!("waiting for another khabar writing a report into {}", dir.display()));
                lock.lock().with_context(|| format!("locking {}", lock_path.display()))?;
            }
            Err(fs::TryLockError::Error(e)) => return Err(e).with_context(|| format!("locking {}", lock_path.display())),
        }
        // Under the lock no other run is writing, so every temporary file
        // here is a leftover.
        if let Ok(entries) = fs::read_dir(dir) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if name.starts_with('.') && name.ends_with(TMP_SUFFIX) {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
        Ok(Staging { dir: dir.to_path_buf(), files: Vec::new(), stale: Vec::new(), _lock: lock })
    }

    /// A new file of the report: write it, then hand it to [`Staging::keep`].
    /// Dropped without that, its temporary file is removed.
    pub(crate) fn create(&self, name: &str) -> Result<Staged> {
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(TMP_SUFFIX)
            // Readable by all, as a file the user wrote would be (a
            // temporary file is private by default).
            .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644))
            .tempfile_in(&self.dir)
            .with_context(|| format!("creating a temporary file for {} in {}", name, self.dir.display()))?;
        Ok(Staged { name: name.to_string(), writer: BufWriter::with_capacity(1 << 16, tmp) })
    }

    /// A file written whole, to be renamed into place at [`Staging::commit`].
    pub(crate) fn keep(&mut self, file: Staged) {
        self.files.push((file.name, file.writer));
    }

    /// A file of an older report that this one does not make: removed at
    /// the commit, so that the folder holds one report.
    pub(crate) fn remove(&mut self, name: &str) {
        self.stale.push(name.to_string());
    }

    /// Writes a whole file of the report.
    #[cfg(test)]
    pub(crate) fn write(&mut self, name: &str, bytes: &[u8]) -> Result<()> {
        use std::io::Write;
        let mut file = self.create(name)?;
        file.write_all(bytes).with_context(|| format!("writing {name}"))?;
        self.keep(file);
        Ok(())
    }

    /// Flushes every file to disk, then renames each over its destination.
    /// Returns the paths written, in the order the files were made.
    pub(crate) fn commit(self) -> Result<Vec<PathBuf>> {
        let mut done = Vec::with_capacity(self.files.len());
        for (name, writer) in self.files {
            let path = self.dir.join(&name);
            let tmp = writer.into_inner().map_err(io::IntoInnerError::into_error).with_context(|| format!("writing {}", path.display()))?;
            tmp.as_file().sync_all().with_context(|| format!("writing {}", path.display()))?;
            done.push((tmp, path));
        }
        // Every file is whole on disk before the first rename.
        let mut paths = Vec::with_capacity(done.len());
        for (tmp, path) in done {
            tmp.persist(&path).map_err(|e| e.error).with_context(|| format!("replacing {}", path.display()))?;
            paths.push(path);
        }
        for name in self.stale {
            match fs::remove_file(self.dir.join(&name)) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => {
                    return Err(e).with_context(|| format!("removing {}", self.dir.join(&name).display()));
                }
                _ => {}
            }
        }
        Ok(paths)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_before_commit_leaves_the_previous_files_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Staging::begin(dir.path()).unwrap();
        s.write("a.txt", b"old a").unwrap();
        s.write("b.txt", b"old b").unwrap();
        s.commit().unwrap();

        let mut s = Staging::begin(dir.path()).unwrap();
        s.write("a.txt", b"new a").unwrap();
        drop(s); // the run fails before writing b.txt
        assert_eq!(fs::read(dir.path().join("a.txt")).unwrap(), b"old a");
        assert_eq!(fs::read(dir.path().join("b.txt")).unwrap(), b"old b");
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert!(left.iter().all(|n| !n.to_string_lossy().ends_with(TMP_SUFFIX)), "{left:?}");
    }

    #[test]
    fn a_symlink_at_the_destination_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, b"keep me").unwrap();
        let out = dir.path().join("out");
        fs::create_dir(&out).unwrap();
        std::os::unix::fs::symlink(&victim, out.join("report.md")).unwrap();
        let mut s = Staging::begin(&out).unwrap();
        s.write("report.md", b"# report").unwrap();
        s.commit().unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"keep me");
        assert!(!fs::symlink_metadata(out.join("report.md")).unwrap().file_type().is_symlink());
        assert_eq!(fs::read(out.join("report.md")).unwrap(), b"# report");
    }

    #[test]
    fn leftovers_of_a_killed_run_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(format!(".report.html.x1y2z3{TMP_SUFFIX}"));
        fs::write(&stale, b"half").unwrap();
        let other = dir.path().join("notes.txt");
        fs::write(&other, b"mine").unwrap();
        Staging::begin(dir.path()).unwrap().commit().unwrap();
        assert!(!stale.exists());
        assert!(other.exists());
    }
}
