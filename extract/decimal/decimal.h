// Exact decimal figures with their displayed precision and unit, and the interval arithmetic of
// DOMAIN.md's "Rounding, precisely" (the XBRL Calculations 1.1 model).
//
// Contract:
// - A Decimal is mantissa × 10^-scale, exactly as displayed: "1,204.50" is {120450, 2}; its
//   scale is its displayed precision, so 836.2 and 836.20 are equal values of different
//   precision. Money is never a double anywhere in this module.
// - A displayed figure with d decimals stands for the closed interval value ± ½·10^-d
//   (Interval::Of). Sums of intervals are exact; ratios are compared exactly by
//   cross-multiplication, never by floating point.
// - Arithmetic that would overflow 64-bit mantissas returns std::nullopt rather than a wrong
//   value; parsing rejects anything that is not a plain figure.
#ifndef FISCALCHECK_EXTRACT_DECIMAL_DECIMAL_H_
#define FISCALCHECK_EXTRACT_DECIMAL_DECIMAL_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fiscalcheck {

// Money units of the reports, and the percent sign for shares and rates.
enum class Unit { kNone, kYuan, kQianYuan, kWanYuan, kYiYuan, kPercent };

// "元", "千元", "万元", "亿元", "%" ("" for kNone).
std::string_view UnitName(Unit unit);
// Parses a unit as printed (`万元`, `元`, `千元`, `亿元`, `%`, `％`); nullopt otherwise.
std::optional<Unit> ParseUnit(std::string_view text);

class Decimal {
 public:
  static constexpr int kMaxScale = 12;

  constexpr Decimal() = default;
  constexpr Decimal(int64_t mantissa, int scale) : mantissa_(mantissa), scale_(scale) {}

  // Parses a figure as printed: optional sign (`-`, `−`, `－`, or parentheses), digits with or
  // without thousands separators (`,` every three digits), optional decimal part. Spaces around
  // are ignored. Returns nullopt for anything else ("", "1,23", "1.2.3", "12%", "XX").
  static std::optional<Decimal> Parse(std::string_view text);

  int64_t mantissa() const { return mantissa_; }
  int scale() const { return scale_; }  // displayed decimals
  bool is_zero() const { return mantissa_ == 0; }
  bool is_negative() const { return mantissa_ < 0; }

  // The exact value without separators, at its displayed precision: "1204.50", "-3", "0.00".
  std::string ToString() const;

  // The same value shown with more decimals (exact); nullopt on overflow or a smaller scale.
  std::optional<Decimal> WithScale(int scale) const;

  // Exact arithmetic; the result has the larger scale. nullopt on overflow.
  static std::optional<Decimal> Add(Decimal a, Decimal b);
  static std::optional<Decimal> Subtract(Decimal a, Decimal b);
  std::optional<Decimal> Negated() const;
  Decimal Abs() const { return mantissa_ < 0 ? Decimal(-mantissa_, scale_) : *this; }

  // The value in another unit, exactly (元 → 万元 shifts the point by four places). Both units
  // must be money units.
  std::optional<Decimal> Convert(Unit from, Unit to) const;

  // Rounds half away from zero to `scale` decimals (as reports round).
  Decimal RoundedTo(int scale) const;

  // One unit of the last displayed digit: 0.01 for 836.20, 1 for 836.
  Decimal LastDigitUnit() const { return Decimal(1, scale_); }

  // Value comparison, whatever the precisions (836.2 == 836.20).
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) {
    return (a <=> b) == std::strong_ordering::equal;
  }
  // Same value and same displayed precision.
  bool IdenticalTo(const Decimal& o) const {
    return mantissa_ == o.mantissa_ && scale_ == o.scale_;
  }

 private:
  int64_t mantissa_ = 0;
  int scale_ = 0;
};

// A closed interval [lo, hi] of exact decimals.
struct Interval {
  Decimal lo, hi;

  // What a displayed figure stands for: value ± ½ unit of its last digit.
  static Interval Of(Decimal shown);
  // An exact value (no rounding), e.g. a count or a computed figure.
  static Interval Exact(Decimal value) { return {value, value}; }

  bool Contains(Decimal v) const { return lo <= v && v <= hi; }
  bool Meets(const Interval& o) const { return lo <= o.hi && o.lo <= hi; }
  // The distance between two intervals (zero when they meet).
  static std::optional<Decimal> Gap(const Interval& a, const Interval& b);

  static std::optional<Interval> Add(const Interval& a, const Interval& b);
  static std::optional<Interval> Subtract(const Interval& a, const Interval& b);
  // Σ of the intervals of displayed figures; nullopt on overflow. The empty sum is exactly 0.
  static std::optional<Interval> SumOf(const std::vector<Decimal>& shown);
};

// Whether `stated_percent` (a displayed percentage, e.g. 71.73 for "71.73%") is consistent with
// the ratio numerator/denominator of two displayed amounts under the interval model: its
// interval meets [min n/d, max n/d] × 100 over the amounts' intervals. nullopt when the ratio
// is undefined (the denominator's interval contains zero) or not computable exactly (a figure
// of 10^15 or more at the common scale).
std::optional<bool> PercentMeetsRatio(Decimal stated_percent, const Interval& numerator,
                                      const Interval& denominator);

// How far `stated_percent` lies outside the ratio's range, in units of its own last digit,
// rounded up (0 when consistent); nullopt when the ratio is undefined. 1 means "a rounding slip".
std::optional<int64_t> PercentMissInLastDigitUnits(Decimal stated_percent,
                                                   const Interval& numerator,
                                                   const Interval& denominator);

// The outcome of comparing figures under DOMAIN.md's severity table.
enum class Agreement {
  kConsistent,    // the intervals meet: pass
  kRoundingSlip,  // off by at most one unit of the last digit (尾差): warning, category rounding
  kInconsistent,  // anything beyond: error
};

// The same fact shown twice (two cells, a cell and a sentence): consistent when the intervals
// meet; a slip when they miss by at most one unit of the coarser last digit.
Agreement CompareShownTwice(Decimal a, Decimal b);

// A displayed total against the displayed items that should add up to it: consistent when the
// intervals meet, a slip when they miss by at most one unit of the total's last digit. Whether a
// slip in a sum is a warning or an error is the auditor's call (a table may declare 尾差).
Agreement CompareSum(Decimal total, const std::vector<Decimal>& items);

// A stated percentage against the ratio of two displayed amounts.
std::optional<Agreement> ComparePercent(Decimal stated_percent, Decimal numerator,
                                        Decimal denominator);

std::string_view AgreementName(Agreement a);

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_DECIMAL_DECIMAL_H_
