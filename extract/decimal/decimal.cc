#include "extract/decimal/decimal.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace fiscalcheck {
namespace {

using int128 = __int128;

int128 Pow10(int n) {
  int128 r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

std::optional<int64_t> Narrow(int128 v) {
  if (v > INT64_MAX || v < INT64_MIN) return std::nullopt;
  return static_cast<int64_t>(v);
}

// The mantissa of `d` at a larger scale, as int128 (no overflow for scales <= 2*kMaxScale).
int128 At(const Decimal& d, int scale) {
  return static_cast<int128>(d.mantissa()) * Pow10(scale - d.scale());
}

// Money units as powers of ten of 元.
std::optional<int> UnitExponent(Unit u) {
  switch (u) {
    case Unit::kYuan:
      return 0;
    case Unit::kQianYuan:
      return 3;
    case Unit::kWanYuan:
      return 4;
    case Unit::kYiYuan:
      return 8;
    default:
      return std::nullopt;
  }
}

// A rational num/den with den > 0.
struct Rational {
  int128 num, den;
};

int Compare(const Rational& a, const Rational& b) {
  const int128 l = a.num * b.den, r = b.num * a.den;
  return l < r ? -1 : (l > r ? 1 : 0);
}

Rational Ratio100(int128 n, int128 d) {  // 100·n/d with the sign moved to the numerator
  if (d < 0) n = -n, d = -d;
  return {100 * n, d};
}

int128 CeilDiv(int128 a, int128 b) {  // b > 0, a >= 0
  return (a + b - 1) / b;
}

}  // namespace

std::string_view UnitName(Unit unit) {
  switch (unit) {
    case Unit::kYuan:
      return "元";
    case Unit::kQianYuan:
      return "千元";
    case Unit::kWanYuan:
      return "万元";
    case Unit::kYiYuan:
      return "亿元";
    case Unit::kPercent:
      return "%";
    case Unit::kNone:
      break;
  }
  return "";
}

std::optional<Unit> ParseUnit(std::string_view text) {
  if (text == "元") return Unit::kYuan;
  if (text == "千元") return Unit::kQianYuan;
  if (text == "万元") return Unit::kWanYuan;
  if (text == "亿元") return Unit::kYiYuan;
  if (text == "%" || text == "％") return Unit::kPercent;
  return std::nullopt;
}

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  auto trim = [](std::string_view& s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  };
  trim(text);
  bool negative = false;
  if (text.size() >= 2 && ((text.front() == '(' && text.back() == ')'))) {
    negative = true;
    text = text.substr(1, text.size() - 2);
  } else if (text.rfind("（", 0) == 0 && text.size() > 6 && text.substr(text.size() - 3) == "）") {
    negative = true;
    text = text.substr(3, text.size() - 6);
  }
  trim(text);
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = negative != (text.front() == '-');
    text.remove_prefix(1);
  } else if (text.rfind("−", 0) == 0 || text.rfind("－", 0) == 0) {  // U+2212, U+FF0D
    negative = !negative;
    text.remove_prefix(3);
  }
  if (text.empty()) return std::nullopt;
  const size_t point = text.find('.');
  std::string_view int_part = text.substr(0, point);
  std::string_view frac_part = point == std::string_view::npos ? "" : text.substr(point + 1);
  if (int_part.empty() || (point != std::string_view::npos && frac_part.empty())) {
    return std::nullopt;
  }
  // Thousands separators: a first group of 1-3 digits, then groups of exactly three.
  if (const size_t first = int_part.find(','); first != std::string_view::npos) {
    if (first == 0 || first > 3) return std::nullopt;
    for (size_t i = first; i < int_part.size(); i += 4) {
      if (int_part[i] != ',' || int_part.size() - i < 4) return std::nullopt;
    }
  }
  if (static_cast<int>(frac_part.size()) > kMaxScale) return std::nullopt;
  int128 m = 0;
  int digits = 0;
  for (char c : int_part) {
    if (c == ',') continue;
    if (c < '0' || c > '9') return std::nullopt;
    m = m * 10 + (c - '0');
    if (++digits > 30) return std::nullopt;
  }
  for (char c : frac_part) {
    if (c < '0' || c > '9') return std::nullopt;
    m = m * 10 + (c - '0');
    if (++digits > 30) return std::nullopt;
  }
  auto mantissa = Narrow(negative ? -m : m);
  if (!mantissa) return std::nullopt;
  return Decimal(*mantissa, static_cast<int>(frac_part.size()));
}

std::string Decimal::ToString() const {
  const bool negative = mantissa_ < 0;
  // Magnitude as unsigned, safe for INT64_MIN.
  uint64_t mag = negative ? 0 - static_cast<uint64_t>(mantissa_) : static_cast<uint64_t>(mantissa_);
  std::string digits = std::to_string(mag);
  if (scale_ > 0) {
    const size_t s = static_cast<size_t>(scale_);
    if (digits.size() <= s) digits = std::string(s + 1 - digits.size(), '0') + digits;
    const size_t split = digits.size() - s;
    digits = digits.substr(0, split) + "." + digits.substr(split);
  }
  return (negative ? "-" : "") + digits;
}

std::optional<Decimal> Decimal::WithScale(int scale) const {
  if (scale < scale_ || scale > 2 * kMaxScale) return std::nullopt;
  auto m = Narrow(At(*this, scale));
  if (!m) return std::nullopt;
  return Decimal(*m, scale);
}

std::optional<Decimal> Decimal::Add(Decimal a, Decimal b) {
  const int s = std::max(a.scale_, b.scale_);
  auto m = Narrow(At(a, s) + At(b, s));
  if (!m) return std::nullopt;
  return Decimal(*m, s);
}

std::optional<Decimal> Decimal::Subtract(Decimal a, Decimal b) {
  const int s = std::max(a.scale_, b.scale_);
  auto m = Narrow(At(a, s) - At(b, s));
  if (!m) return std::nullopt;
  return Decimal(*m, s);
}

std::optional<Decimal> Decimal::Negated() const {
  if (mantissa_ == INT64_MIN) return std::nullopt;
  return Decimal(-mantissa_, scale_);
}

std::optional<Decimal> Decimal::Convert(Unit from, Unit to) const {
  const auto ef = UnitExponent(from), et = UnitExponent(to);
  if (!ef || !et) return std::nullopt;
  const int shift = *et - *ef;  // dividing by 10^shift
  if (shift >= 0) {
    if (scale_ + shift > 2 * kMaxScale) return std::nullopt;
    return Decimal(mantissa_, scale_ + shift);
  }
  const int up = -shift;
  if (scale_ >= up) return Decimal(mantissa_, scale_ - up);
  auto m = Narrow(static_cast<int128>(mantissa_) * Pow10(up - scale_));
  if (!m) return std::nullopt;
  return Decimal(*m, 0);
}

Decimal Decimal::RoundedTo(int scale) const {
  if (scale >= scale_) return *this;
  const int128 div = Pow10(scale_ - scale);
  int128 m = mantissa_;
  const bool negative = m < 0;
  if (negative) m = -m;
  int128 q = m / div;
  if ((m % div) * 2 >= div) ++q;
  return Decimal(static_cast<int64_t>(negative ? -q : q), scale);
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  const int s = std::max(a.scale_, b.scale_);
  const int128 x = At(a, s), y = At(b, s);
  return x < y ? std::strong_ordering::less
               : (x > y ? std::strong_ordering::greater : std::strong_ordering::equal);
}

Interval Interval::Of(Decimal shown) {
  // ± 5 × 10^-(scale+1): exact at one more decimal.
  const int s = shown.scale() + 1;
  const int128 m = At(shown, s);
  const auto lo = Narrow(m - 5), hi = Narrow(m + 5);
  if (!lo || !hi) return {shown, shown};  // unreachable for parsed figures (<= 30 digits)
  return {Decimal(*lo, s), Decimal(*hi, s)};
}

std::optional<Decimal> Interval::Gap(const Interval& a, const Interval& b) {
  if (a.Meets(b)) return Decimal(0, std::max(a.lo.scale(), b.lo.scale()));
  return a.hi < b.lo ? Decimal::Subtract(b.lo, a.hi) : Decimal::Subtract(a.lo, b.hi);
}

std::optional<Interval> Interval::Add(const Interval& a, const Interval& b) {
  auto lo = Decimal::Add(a.lo, b.lo), hi = Decimal::Add(a.hi, b.hi);
  if (!lo || !hi) return std::nullopt;
  return Interval{*lo, *hi};
}

std::optional<Interval> Interval::Subtract(const Interval& a, const Interval& b) {
  auto lo = Decimal::Subtract(a.lo, b.hi), hi = Decimal::Subtract(a.hi, b.lo);
  if (!lo || !hi) return std::nullopt;
  return Interval{*lo, *hi};
}

std::optional<Interval> Interval::SumOf(const std::vector<Decimal>& shown) {
  Interval sum = Exact(Decimal(0, 0));
  for (const Decimal& d : shown) {
    auto next = Add(sum, Of(d));
    if (!next) return std::nullopt;
    sum = *next;
  }
  return sum;
}

namespace {

// The ratio range 100·[n/d] over the corners, or nullopt when d's interval contains zero.
std::optional<std::array<Rational, 2>> PercentRange(const Interval& n, const Interval& d,
                                                    int scale) {
  if (d.lo <= Decimal(0, 0) && Decimal(0, 0) <= d.hi) return std::nullopt;
  const int128 nl = At(n.lo, scale), nh = At(n.hi, scale);
  const int128 dl = At(d.lo, scale), dh = At(d.hi, scale);
  std::array<Rational, 4> corners = {Ratio100(nl, dl), Ratio100(nl, dh), Ratio100(nh, dl),
                                     Ratio100(nh, dh)};
  Rational lo = corners[0], hi = corners[0];
  for (const Rational& c : corners) {
    if (Compare(c, lo) < 0) lo = c;
    if (Compare(c, hi) > 0) hi = c;
  }
  return std::array<Rational, 2>{lo, hi};
}

int CommonScale(Decimal p, const Interval& n, const Interval& d) {
  return std::max({p.scale() + 1, n.lo.scale(), n.hi.scale(), d.lo.scale(), d.hi.scale()});
}

// Cross-multiplication stays inside int128 when every figure at the common scale is below
// 10^15 in magnitude (a 万元 amount with 12 integer digits and 3 decimals); beyond that the
// ratio is reported as not computable rather than risk overflow.
bool SmallEnough(const std::vector<Decimal>& values, int scale) {
  const int128 limit = Pow10(15);
  for (const Decimal& v : values) {
    const int128 m = At(v, scale);
    if (m >= limit || m <= -limit) return false;
  }
  return true;
}

}  // namespace

std::optional<int64_t> PercentMissInLastDigitUnits(Decimal stated_percent,
                                                   const Interval& numerator,
                                                   const Interval& denominator) {
  const int s = CommonScale(stated_percent, numerator, denominator);
  if (s > 2 * Decimal::kMaxScale) return std::nullopt;
  const Interval p = Interval::Of(stated_percent);
  if (!SmallEnough({p.lo, p.hi, numerator.lo, numerator.hi, denominator.lo, denominator.hi}, s)) {
    return std::nullopt;
  }
  const auto range = PercentRange(numerator, denominator, s);
  if (!range) return std::nullopt;
  const Rational plo{At(p.lo, s), static_cast<int128>(Pow10(s))};
  const Rational phi{At(p.hi, s), static_cast<int128>(Pow10(s))};
  const Rational& rlo = (*range)[0];
  const Rational& rhi = (*range)[1];
  // unit of the stated percentage's last digit = 10^-ps = 10^(s-ps) / 10^s
  const int128 unit_num = Pow10(s - stated_percent.scale());
  if (Compare(plo, rhi) > 0) {
    // miss = plo - rhi = (plo.num·rhi.den - rhi.num·plo.den) / (plo.den·rhi.den)
    const int128 num = plo.num * rhi.den - rhi.num * plo.den;
    const int128 den = rhi.den * unit_num;  // plo.den / 10^s cancels with the unit's 10^s
    return static_cast<int64_t>(CeilDiv(num, den));
  }
  if (Compare(phi, rlo) < 0) {
    const int128 num = rlo.num * phi.den - phi.num * rlo.den;
    const int128 den = rlo.den * unit_num;
    return static_cast<int64_t>(CeilDiv(num, den));
  }
  return 0;
}

std::optional<bool> PercentMeetsRatio(Decimal stated_percent, const Interval& numerator,
                                      const Interval& denominator) {
  auto miss = PercentMissInLastDigitUnits(stated_percent, numerator, denominator);
  if (!miss) return std::nullopt;
  return *miss == 0;
}

Agreement CompareShownTwice(Decimal a, Decimal b) {
  if (a.scale() == b.scale()) {
    if (a == b) return Agreement::kConsistent;
    auto diff = Decimal::Subtract(a, b);
    if (diff && diff->Abs() == a.LastDigitUnit()) return Agreement::kRoundingSlip;
    return Agreement::kInconsistent;
  }
  const Decimal& coarse = a.scale() < b.scale() ? a : b;
  const Decimal& fine = a.scale() < b.scale() ? b : a;
  const Interval ci = Interval::Of(coarse);
  if (ci.Contains(fine)) return Agreement::kConsistent;
  auto gap = Interval::Gap(ci, Interval::Exact(fine));
  if (gap && *gap <= coarse.LastDigitUnit()) return Agreement::kRoundingSlip;
  return Agreement::kInconsistent;
}

Agreement CompareSum(Decimal total, const std::vector<Decimal>& items) {
  auto sum = Interval::SumOf(items);
  if (!sum) return Agreement::kInconsistent;
  const Interval t = Interval::Of(total);
  if (t.Meets(*sum)) return Agreement::kConsistent;
  auto gap = Interval::Gap(t, *sum);
  if (gap && *gap <= total.LastDigitUnit()) return Agreement::kRoundingSlip;
  return Agreement::kInconsistent;
}

std::optional<Agreement> ComparePercent(Decimal stated_percent, Decimal numerator,
                                        Decimal denominator) {
  auto miss = PercentMissInLastDigitUnits(stated_percent, Interval::Of(numerator),
                                          Interval::Of(denominator));
  if (!miss) return std::nullopt;
  if (*miss == 0) return Agreement::kConsistent;
  if (*miss == 1) return Agreement::kRoundingSlip;
  return Agreement::kInconsistent;
}

std::string_view AgreementName(Agreement a) {
  switch (a) {
    case Agreement::kConsistent:
      return "consistent";
    case Agreement::kRoundingSlip:
      return "rounding-slip";
    case Agreement::kInconsistent:
      return "inconsistent";
  }
  return "";
}

}  // namespace fiscalcheck
