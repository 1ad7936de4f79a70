// Where the tests find the project's corpus, the shared corpus and the built binary.
#ifndef FISCALCHECK_TESTS_TEST_PATHS_H_
#define FISCALCHECK_TESTS_TEST_PATHS_H_

#include <string>
#include <vector>

namespace fiscalcheck::testing {

// `corpus/NAME` inside the source tree.
std::string ProjectCorpusFile(const std::string& name);

// ../shared/corpus beside the checkout, or "" when it is absent (tests then skip).
std::string SharedCorpusDir();

// The cells of a golden table file (corpus/expected/README.md), one per line after the header
// and `#` comments, each as its 8 tab-separated fields (table, seq, page, row_code, row_name,
// row_number, column, value); empty when the file cannot be read.
std::vector<std::vector<std::string>> ReadGoldenCells(const std::string& path);

// The fiscalcheck binary under test.
std::string BinaryPath();

struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs `binary args...` without a shell, capturing stdout and stderr.
CommandResult RunCommand(const std::string& binary, const std::vector<std::string>& args);

}  // namespace fiscalcheck::testing

#endif  // FISCALCHECK_TESTS_TEST_PATHS_H_
