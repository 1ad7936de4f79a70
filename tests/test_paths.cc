#include "tests/test_paths.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fiscalcheck::testing {

std::string ProjectCorpusFile(const std::string& name) {
  return std::string(FISCALCHECK_SOURCE_DIR) + "/corpus/" + name;
}

std::vector<std::vector<std::string>> ReadGoldenCells(const std::string& path) {
  std::vector<std::vector<std::string>> cells;
  std::ifstream in(path);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> fields;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      fields.push_back(line.substr(start, tab - start));
    }
    fields.push_back(line.substr(start));
    fields.resize(8);
    cells.push_back(std::move(fields));
  }
  return cells;
}

std::string SharedCorpusDir() {
  const std::filesystem::path dir =
      std::filesystem::path(FISCALCHECK_SOURCE_DIR) / ".." / "shared" / "corpus";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return "";
  return std::filesystem::weakly_canonical(dir).string();
}

std::string BinaryPath() { return FISCALCHECK_BINARY; }

namespace {
std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

CommandResult RunCommand(const std::string& binary, const std::vector<std::string>& args) {
  char out_template[] = "/tmp/fiscalcheck-out-XXXXXX";
  char err_template[] = "/tmp/fiscalcheck-err-XXXXXX";
  const int out_fd = mkstemp(out_template);
  const int err_fd = mkstemp(err_template);
  CommandResult result;
  if (out_fd < 0 || err_fd < 0) return result;
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(binary.c_str()));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  close(out_fd);
  close(err_fd);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = Slurp(out_template);
  result.err = Slurp(err_template);
  std::remove(out_template);
  std::remove(err_template);
  return result;
}

}  // namespace fiscalcheck::testing
