// The one registry of audit rules, in the fixed order the auditor runs and the README lists
// them. A rule not listed here does not run.
#ifndef FISCALCHECK_AUDIT_CATALOGUE_H_
#define FISCALCHECK_AUDIT_CATALOGUE_H_

#include <string>
#include <vector>

#include "audit/rule.h"

namespace fiscalcheck {

const std::vector<const Rule*>& Catalogue();

// The catalogue as a Markdown table (README's "Rule catalogue" section is exactly this).
std::string CatalogueMarkdown();

}  // namespace fiscalcheck

#endif  // FISCALCHECK_AUDIT_CATALOGUE_H_
