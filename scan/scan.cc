#include "scan/scan.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <unordered_set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "extract/sha256.h"
#include "scan/dataset.h"
#include "scan/worker.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FISCALCHECK_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define FISCALCHECK_ASAN 1
#endif

namespace fiscalcheck {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 2;
constexpr size_t kStderrKept = 4096;  // the tail of a worker's stderr kept for diagnosis

struct InputFile {
  std::string path;
  std::string sha256;  // "" when it could not be hashed
  std::string hash_error;
};

// One report: one file, or a narrative and its `-tables` file.
struct Report {
  std::vector<InputFile> files;
  uintmax_t bytes = 0;  // total file size: the cost estimate for scheduling
};

bool HasPdfExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".pdf";
}

// Every input file: the files given, and *.pdf under the folders given. Sorted, distinct.
absl::StatusOr<std::vector<std::string>> CollectInputs(const std::vector<std::string>& paths) {
  std::set<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      return absl::NotFoundError(absl::StrCat(path, ": no such file or directory"));
    }
    if (!fs::is_directory(st)) {
      files.insert(fs::path(path).lexically_normal().string());
      continue;
    }
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) return absl::PermissionDeniedError(absl::StrCat(path, ": ", ec.message()));
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      std::error_code fec;
      if (it->is_regular_file(fec) && HasPdfExtension(it->path())) {
        files.insert(it->path().lexically_normal().string());
      }
    }
    if (ec) return absl::PermissionDeniedError(absl::StrCat(path, ": ", ec.message()));
  }
  return std::vector<std::string>(files.begin(), files.end());
}

// Pairs `X.pdf` with `X-tables.pdf` of the same folder; every other file is a report alone.
std::vector<std::vector<std::string>> GroupReports(const std::vector<std::string>& files) {
  std::map<std::string, std::string> by_stem;  // folder/stem (lower-case extension dropped)
  for (const std::string& f : files) {
    const fs::path p(f);
    by_stem[(p.parent_path() / p.stem()).string()] = f;
  }
  std::set<std::string> paired;
  std::map<std::string, std::vector<std::string>> groups;  // keyed by the narrative's path
  for (const std::string& f : files) {
    const fs::path p(f);
    const std::string stem = p.stem().string();
    const std::string suffix = "-tables";
    if (stem.size() > suffix.size() &&
        stem.compare(stem.size() - suffix.size(), suffix.size(), suffix) == 0) {
      const auto narrative =
          by_stem.find((p.parent_path() / stem.substr(0, stem.size() - suffix.size())).string());
      if (narrative != by_stem.end() && HasPdfExtension(narrative->second)) {
        groups[narrative->second] = {narrative->second, f};
        paired.insert(narrative->second);
        paired.insert(f);
      }
    }
  }
  for (const std::string& f : files) {
    if (!paired.count(f)) groups[f] = {f};
  }
  std::vector<std::vector<std::string>> out;
  out.reserve(groups.size());
  for (auto& [key, group] : groups) out.push_back(std::move(group));
  return out;
}

std::string SignalName(int sig) {
  switch (sig) {
    case SIGSEGV:
      return "SIGSEGV";
    case SIGABRT:
      return "SIGABRT";
    case SIGBUS:
      return "SIGBUS";
    case SIGFPE:
      return "SIGFPE";
    case SIGILL:
      return "SIGILL";
    case SIGKILL:
      return "SIGKILL";
    case SIGTERM:
      return "SIGTERM";
    case SIGINT:
      return "SIGINT";
    case SIGPIPE:
      return "SIGPIPE";
    case SIGTRAP:
      return "SIGTRAP";
    case SIGXCPU:
      return "SIGXCPU";
    default:
      return absl::StrCat("signal ", sig);
  }
}

std::string SelfExecutable() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : self.string();
}

// A worker process, and the report it is reading while it reads one.
struct Worker {
  pid_t pid = -1;
  int in_fd = -1, out_fd = -1, err_fd = -1;
  std::string out, err;          // stdout not yet consumed; the tail of stderr
  std::optional<size_t> report;  // index into the jobs
  Clock::time_point deadline;
  bool has_deadline = false;
  bool timed_out = false;
  std::string broken;  // why the worker was killed while it held a report, if it was
};

// Starts a serving worker (worker.h); requests go to its stdin, replies and diagnostics come back
// on pipes. Returns false (with errno) when the process cannot be started.
bool StartWorker(const std::string& self, int memory_mb, Worker& w) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe2(in_pipe, O_CLOEXEC) != 0) return false;
  if (pipe2(out_pipe, O_CLOEXEC) != 0) {
    close(in_pipe[0]);
    close(in_pipe[1]);
    return false;
  }
  if (pipe2(err_pipe, O_CLOEXEC) != 0) {
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1]}) close(fd);
    return false;
  }
  // posix_spawn (vfork-like, no copy of this process's page tables); the worker applies its
  // memory limit and parent-death signal itself (worker.h). Every pipe end is close-on-exec, so a
  // worker holds only its own three.
  std::vector<std::string> args = {self, kWorkerCommand};
  if (memory_mb > 0 && MemoryLimitSupported()) {
    args.push_back("--memory-mb");
    args.push_back(std::to_string(memory_mb));
  }
  args.push_back("--serve");
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  // The scan ignores SIGPIPE (a worker may die while a request is on its way); workers do not.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (rc != 0) {
    close(in_pipe[1]);
    close(out_pipe[0]);
    close(err_pipe[0]);
    errno = rc;
    return false;
  }
  w.pid = pid;
  w.in_fd = in_pipe[1];
  w.out_fd = out_pipe[0];
  w.err_fd = err_pipe[0];
  return true;
}

// Sends one request (the report's paths as a JSON array on one line). False when the worker
// cannot take it (it has exited).
bool SendRequest(Worker& w, const std::vector<std::string>& paths) {
  const std::string line =
      nlohmann::json(paths).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict) + "\n";
  size_t sent = 0;
  while (sent < line.size()) {
    const ssize_t n = write(w.in_fd, line.data() + sent, line.size() - sent);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    sent += static_cast<size_t>(n);
  }
  return true;
}

// Reads what is available on `fd` into `buf` (keeping only the last `keep` bytes when keep > 0);
// closes and clears the fd at end of file.
void Drain(int& fd, std::string& buf, size_t keep) {
  char chunk[65536];
  const ssize_t n = read(fd, chunk, sizeof chunk);
  if (n > 0) {
    buf.append(chunk, static_cast<size_t>(n));
    if (keep > 0 && buf.size() > 2 * keep) buf.erase(0, buf.size() - keep);
    return;
  }
  if (n < 0 && (errno == EINTR || errno == EAGAIN)) return;
  close(fd);
  fd = -1;
}

std::string LastLine(const std::string& text) {
  std::string t = text;
  while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) t.pop_back();
  const size_t nl = t.rfind('\n');
  return nl == std::string::npos ? t : t.substr(nl + 1);
}

// The record of a report whose worker failed: every file gets the status and reason.
ReportRecord FailedRecord(const Report& report, const std::string& status,
                          const std::string& error) {
  ReportRecord rec;
  for (size_t i = 0; i < report.files.size(); ++i) {
    DocumentRecord d;
    d.sha256 = report.files[i].sha256;
    d.path = report.files[i].path;
    d.file_index = static_cast<int>(i);
    d.status = status;
    d.error = error;
    rec.files.push_back(std::move(d));
  }
  return rec;
}

// The record of a report whose worker ended (or was killed) before it replied.
ReportRecord Failure(const Report& report, const Worker& w, int wait_status,
                     const ScanOptions& options) {
  if (w.timed_out) {
    return FailedRecord(report, "timeout",
                        absl::StrCat("timed out after ", options.timeout_seconds, " s"));
  }
  if (!w.broken.empty()) return FailedRecord(report, "failed", w.broken);
  const std::string memory = absl::StrCat("memory limit (", options.memory_mb, " MB) exceeded");
  const bool said_oom = w.err.find("out of memory") != std::string::npos ||
                        w.err.find("Out of memory") != std::string::npos ||
                        w.err.find("bad_alloc") != std::string::npos;
  if (WIFSIGNALED(wait_status)) {
    const int sig = WTERMSIG(wait_status);
    if (said_oom && options.memory_mb > 0) return FailedRecord(report, "memory", memory);
    return FailedRecord(report, "crashed", absl::StrCat("crashed (", SignalName(sig), ")"));
  }
  const int code = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
  if (code == kWorkerExitOutOfMemory) return FailedRecord(report, "memory", memory);
  std::string why = code == 0 ? std::string("worker ended without a reply")
                              : absl::StrCat("worker failed (exit ", code, ")");
  const std::string last = LastLine(w.err);
  if (!last.empty()) absl::StrAppend(&why, ": ", last);
  return FailedRecord(report, "failed", why);
}

// The record of a report from its worker's reply.
ReportRecord FromReply(const Report& report, std::string_view body) {
  absl::StatusOr<ReportRecord> rec = WorkerOutputFromMessage(body);
  if (!rec.ok() || rec->files.size() != report.files.size()) {
    return FailedRecord(
        report, "failed",
        rec.ok() ? "worker output names other files" : std::string(rec.status().message()));
  }
  for (size_t i = 0; i < report.files.size(); ++i) {
    rec->files[i].sha256 = report.files[i].sha256;
    rec->files[i].path = report.files[i].path;
  }
  return *std::move(rec);
}

std::string Duration(double seconds) {
  const long s = std::lround(seconds);
  if (s >= 3600) return absl::StrFormat("%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  return absl::StrFormat("%ld:%02ld", s / 60, s % 60);
}

// Progress of this run.
class Progress {
 public:
  Progress(size_t total, bool live) : total_(total), live_(live), start_(Clock::now()) {}

  void Done(const ReportRecord& rec) {
    ++done_;
    for (const DocumentRecord& d : rec.files) {
      if (d.pages > 0) pages_ += d.pages;
      if (d.status != "ok") ++failed_;
    }
    Show(false);
  }
  void Tick() { Show(false); }

  void Finish(size_t skipped) {
    if (live_ && shown_) std::cerr << '\n';
    const double secs = Elapsed();
    std::cerr << absl::StrFormat(
        "scan: %zu reports (%zu scanned, %zu already recorded), %ld pages in %.1f s "
        "(%.1f pages/s), %zu unreadable or failed\n",
        total_ + skipped, done_, skipped, pages_, secs, secs > 0 ? pages_ / secs : 0.0, failed_);
  }

  double Elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

 private:
  void Show(bool force) {
    if (!live_) return;
    const Clock::time_point now = Clock::now();
    if (!force && shown_ && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    shown_ = true;
    const double secs = Elapsed();
    std::string eta = "?";
    if (done_ > 0) eta = Duration(secs / done_ * (total_ - done_));
    std::cerr << absl::StrFormat(
                     "\rscan: %zu/%zu reports, %ld pages, %.1f pages/s, ETA %s, %zu failed  ",
                     done_, total_, pages_, secs > 0 ? pages_ / secs : 0.0, eta, failed_)
              << std::flush;
  }

  size_t total_;
  bool live_;
  Clock::time_point start_, last_;
  bool shown_ = false;
  size_t done_ = 0, failed_ = 0;
  long pages_ = 0;
};

// The summary of the whole database on stdout.
absl::Status PrintSummary(Dataset& ds, std::ostream& out) {
  long documents = 0, pages = 0, readable = 0;
  absl::Status s = ds.ForEachRow(
      "SELECT count(*), coalesce(sum(pages), 0), coalesce(sum(status = 'ok'), 0) FROM documents",
      [&](sqlite3_stmt* q) {
        documents = sqlite3_column_int64(q, 0);
        pages = sqlite3_column_int64(q, 1);
        readable = sqlite3_column_int64(q, 2);
      });
  if (!s.ok()) return s;
  out << "documents: " << documents << " (" << readable << " read, " << documents - readable
      << " unreadable or failed), pages: " << pages << '\n';
  if (documents > readable) {
    out << "unreadable by reason:\n";
    s = ds.ForEachRow(
        "SELECT status, coalesce(error, ''), count(*) AS n FROM documents WHERE status != 'ok' "
        "GROUP BY status, error ORDER BY n DESC, status, error",
        [&](sqlite3_stmt* q) {
          out << "  " << sqlite3_column_int64(q, 2) << "  "
              << reinterpret_cast<const char*>(sqlite3_column_text(q, 0)) << ": "
              << reinterpret_cast<const char*>(sqlite3_column_text(q, 1)) << '\n';
        });
    if (!s.ok()) return s;
  }
  bool any = false;
  s = ds.ForEachRow(
      "SELECT rule, sum(severity = 'error'), sum(severity = 'warning'), sum(severity = 'info')"
      " FROM findings GROUP BY rule ORDER BY rule",
      [&](sqlite3_stmt* q) {
        if (!any) {
          out << absl::StrFormat("findings by rule and severity:\n  %-46s %7s %7s %7s\n", "rule",
                                 "error", "warning", "info");
        }
        any = true;
        out << absl::StrFormat(
            "  %-46s %7d %7d %7d\n", reinterpret_cast<const char*>(sqlite3_column_text(q, 0)),
            sqlite3_column_int64(q, 1), sqlite3_column_int64(q, 2), sqlite3_column_int64(q, 3));
      });
  if (!s.ok()) return s;
  if (!any) out << "findings: none\n";
  return absl::OkStatus();
}

}  // namespace

bool MemoryLimitSupported() {
#if defined(FISCALCHECK_ASAN)
  return false;
#else
  return true;
#endif
}

int RunScan(const ScanOptions& options) {
  if (options.paths.empty() || options.db.empty() || options.jobs < 0 ||
      options.timeout_seconds < 0 || options.memory_mb < 0) {
    std::cerr << "fiscalcheck: scan needs PATH... and --db FILE (jobs, limits >= 0)\n";
    return kExitBadInput;
  }
  absl::StatusOr<std::vector<std::string>> inputs = CollectInputs(options.paths);
  if (!inputs.ok()) {
    std::cerr << "fiscalcheck: " << inputs.status().message() << '\n';
    return kExitBadInput;
  }
  absl::StatusOr<std::unique_ptr<Dataset>> opened = Dataset::OpenForWriting(options.db);
  if (!opened.ok()) {
    std::cerr << "fiscalcheck: " << opened.status().message() << '\n';
    return kExitBadInput;
  }
  Dataset& ds = **opened;
  const std::string self = SelfExecutable();
  if (self.empty()) {
    std::cerr << "fiscalcheck: cannot find its own executable (/proc/self/exe)\n";
    return kExitBadInput;
  }
  auto fail_db = [](const absl::Status& s) {
    std::cerr << "fiscalcheck: cannot write the database: " << s.message() << '\n';
    return kExitBadInput;
  };

  absl::StatusOr<std::unordered_set<std::string>> known = ds.KnownDocuments();
  if (!known.ok()) return fail_db(known.status());
  std::unordered_set<std::string> seen = *std::move(known);

  // Hash every file; skip what the database holds (or this run has already queued).
  std::vector<Report> jobs;
  size_t skipped = 0;
  for (const std::vector<std::string>& group : GroupReports(*inputs)) {
    Report report;
    bool any_known = false;
    for (const std::string& path : group) {
      InputFile f{path, "", ""};
      absl::StatusOr<std::string> sha = Sha256OfFile(path);
      if (!sha.ok()) {
        // Unreadable before any parsing (permissions, I/O): recorded at once, without a worker.
        const std::string msg(sha.status().message());
        const std::string prefix = path + ": ";
        f.hash_error = msg.compare(0, prefix.size(), prefix) == 0 ? msg.substr(prefix.size()) : msg;
        Report alone;
        alone.files.push_back(f);
        const ReportRecord rec = FailedRecord(alone, "unreadable", f.hash_error);
        if (absl::Status s = ds.WriteReport(rec); !s.ok()) return fail_db(s);
        continue;
      }
      f.sha256 = *sha;
      if (seen.count(f.sha256)) {
        any_known = true;
        if (absl::Status s = ds.RecordPath(f.sha256, path); !s.ok()) return fail_db(s);
        continue;
      }
      seen.insert(f.sha256);
      std::error_code ec;
      const uintmax_t size = fs::file_size(path, ec);
      if (!ec) report.bytes += size;
      report.files.push_back(std::move(f));
    }
    if (!report.files.empty()) {
      jobs.push_back(std::move(report));
    } else if (any_known) {
      ++skipped;
    }
  }

  // Largest reports first, so that no long report starts last and runs alone at the end.
  std::stable_sort(jobs.begin(), jobs.end(),
                   [](const Report& a, const Report& b) { return a.bytes > b.bytes; });
  const size_t parallel = options.jobs > 0
                              ? static_cast<size_t>(options.jobs)
                              : std::max<size_t>(1, std::thread::hardware_concurrency());
  Progress progress(jobs.size(), isatty(2) == 1);
  struct sigaction ignore_pipe {};
  ignore_pipe.sa_handler = SIG_IGN;
  struct sigaction previous_pipe {};
  sigaction(SIGPIPE, &ignore_pipe, &previous_pipe);
  std::vector<Worker> workers;
  size_t next = 0;
  absl::Status write_error;
  auto record = [&](const ReportRecord& rec) {
    if (write_error.ok()) write_error = ds.WriteReport(rec);
    progress.Done(rec);
  };

  // Gives `w` the next report.
  auto assign = [&](Worker& w) {
    const size_t index = next++;
    std::vector<std::string> paths;
    for (const InputFile& f : jobs[index].files) paths.push_back(f.path);
    w.report = index;
    w.err.clear();
    w.timed_out = false;
    w.has_deadline = options.timeout_seconds > 0;
    if (w.has_deadline) w.deadline = Clock::now() + std::chrono::seconds(options.timeout_seconds);
    if (!SendRequest(w, paths)) {
      w.broken = "the worker exited before it took the report";
      kill(w.pid, SIGKILL);
    }
  };
  // Idle workers take the next reports; new workers start while slots are free. Once every
  // report is handed out, idle workers are told to finish (end of their input).
  auto dispatch = [&] {
    for (Worker& w : workers) {
      if (w.report || w.in_fd < 0) continue;
      const bool usable = w.out_fd >= 0 && w.broken.empty() && !w.timed_out;
      if (next < jobs.size() && write_error.ok() && usable) {
        assign(w);
      } else {
        close(w.in_fd);
        w.in_fd = -1;
      }
    }
    while (workers.size() < parallel && next < jobs.size() && write_error.ok()) {
      Worker w;
      if (!StartWorker(self, options.memory_mb, w)) {
        const size_t index = next++;
        record(FailedRecord(jobs[index], "failed",
                            absl::StrCat("cannot start a worker: ", strerror(errno))));
        continue;
      }
      assign(w);
      workers.push_back(std::move(w));
    }
  };

  while (next < jobs.size() || !workers.empty()) {
    dispatch();
    if (workers.empty()) break;

    std::vector<pollfd> fds;
    std::vector<std::pair<size_t, bool>> owner;  // (worker index, is stdout)
    for (size_t i = 0; i < workers.size(); ++i) {
      if (workers[i].out_fd >= 0) {
        fds.push_back({workers[i].out_fd, POLLIN, 0});
        owner.emplace_back(i, true);
      }
      if (workers[i].err_fd >= 0) {
        fds.push_back({workers[i].err_fd, POLLIN, 0});
        owner.emplace_back(i, false);
      }
    }
    // A worker whose pipes are closed is exiting: look again soon rather than after the tick.
    bool exiting = false;
    for (const Worker& w : workers) exiting = exiting || (w.out_fd < 0 && w.err_fd < 0);
    if (!fds.empty()) {
      const int n = poll(fds.data(), fds.size(), exiting ? 1 : 100);
      if (n > 0) {
        for (size_t k = 0; k < fds.size(); ++k) {
          if (fds[k].revents == 0) continue;
          Worker& w = workers[owner[k].first];
          if (owner[k].second) {
            Drain(w.out_fd, w.out, 0);
          } else {
            Drain(w.err_fd, w.err, kStderrKept);
          }
        }
      }
    } else {
      usleep(1000);
    }

    // Replies are taken now and parsed after the idle workers have their next reports, so that
    // writing overlaps reading.
    std::vector<std::pair<size_t, std::string>> replies;  // (report, reply body)
    std::vector<ReportRecord> failures;
    const Clock::time_point now = Clock::now();
    for (size_t i = 0; i < workers.size();) {
      Worker& w = workers[i];
      if (w.report && w.broken.empty() && !w.timed_out) {
        const ReplyFrame frame = FindReply(w.out);
        if (frame.status == ReplyFrame::kComplete) {
          replies.emplace_back(*w.report, w.out.substr(frame.offset, frame.length));
          w.out.erase(0, frame.offset + frame.length);
          w.report.reset();
          w.has_deadline = false;
        } else if (frame.status == ReplyFrame::kMalformed) {
          w.broken = "worker output is malformed";
          kill(w.pid, SIGKILL);
        }
      } else if (!w.report && !w.out.empty() && w.broken.empty()) {
        kill(w.pid, SIGKILL);  // output nobody asked for: the worker cannot be trusted
        w.broken = "worker output is malformed";
      }
      if (w.report && w.has_deadline && !w.timed_out && now >= w.deadline) {
        kill(w.pid, SIGKILL);
        w.timed_out = true;
      }
      int status = 0;
      const bool killed = w.timed_out || !w.broken.empty();
      if (w.out_fd < 0 && w.err_fd < 0 && waitpid(w.pid, &status, killed ? 0 : WNOHANG) == w.pid) {
        if (w.report) failures.push_back(Failure(jobs[*w.report], w, status, options));
        if (w.in_fd >= 0) close(w.in_fd);
        workers.erase(workers.begin() + static_cast<long>(i));
      } else {
        ++i;
      }
    }
    dispatch();
    for (const ReportRecord& rec : failures) record(rec);
    for (const auto& [report, body] : replies) record(FromReply(jobs[report], body));
    progress.Tick();
    if (!write_error.ok() && next < jobs.size()) next = jobs.size();  // stop handing out reports
  }
  sigaction(SIGPIPE, &previous_pipe, nullptr);
  progress.Finish(skipped);
  if (!write_error.ok()) return fail_db(write_error);
  if (absl::Status s = PrintSummary(ds, std::cout); !s.ok()) return fail_db(s);
  std::cout.flush();
  return kExitOk;
}

}  // namespace fiscalcheck
