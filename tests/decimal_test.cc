#include "extract/decimal/decimal.h"

#include <random>
#include <string>

#include "gtest/gtest.h"

namespace fiscalcheck {
namespace {

Decimal D(const char* text) {
  auto d = Decimal::Parse(text);
  EXPECT_TRUE(d.has_value()) << text;
  return d.value_or(Decimal());
}

TEST(DecimalTest, ParsesFiguresAsPrinted) {
  EXPECT_TRUE(D("1,204.50").IdenticalTo(Decimal(120450, 2)));
  EXPECT_TRUE(D("836.2").IdenticalTo(Decimal(8362, 1)));
  EXPECT_TRUE(D("351904.90").IdenticalTo(Decimal(35190490, 2)));
  EXPECT_TRUE(D("0.00").IdenticalTo(Decimal(0, 2)));
  EXPECT_TRUE(D("-3.00").IdenticalTo(Decimal(-300, 2)));
  EXPECT_TRUE(D("－12.5").IdenticalTo(Decimal(-125, 1)));
  EXPECT_TRUE(D("−7").IdenticalTo(Decimal(-7, 0)));
  EXPECT_TRUE(D("(1,000.00)").IdenticalTo(Decimal(-100000, 2)));
  EXPECT_TRUE(D("（5.5）").IdenticalTo(Decimal(-55, 1)));
  EXPECT_TRUE(D(" 174,900.64 ").IdenticalTo(Decimal(17490064, 2)));
  EXPECT_TRUE(D("1,234,567").IdenticalTo(Decimal(1234567, 0)));
}

TEST(DecimalTest, RejectsWhatIsNotAFigure) {
  for (const char* bad :
       {"", "-", ".5", "5.", "1,23", "12,3456", ",123", "1.2.3", "12%", "XX", "1 234", "1,234,56",
        "１２", "12a", "99999999999999999999999999999999", "1.0000000000000"}) {
    EXPECT_FALSE(Decimal::Parse(bad).has_value()) << bad;
  }
}

TEST(DecimalTest, PrintsExactValueAtDisplayedPrecision) {
  EXPECT_EQ(D("1,204.50").ToString(), "1204.50");
  EXPECT_EQ(D("0.05").ToString(), "0.05");
  EXPECT_EQ(D("-0.5").ToString(), "-0.5");
  EXPECT_EQ(D("7").ToString(), "7");
  EXPECT_EQ(Decimal(INT64_MIN, 2).ToString(), "-92233720368547758.08");
}

TEST(DecimalTest, ValueComparisonIgnoresPrecision) {
  EXPECT_EQ(D("836.2"), D("836.20"));
  EXPECT_FALSE(D("836.2").IdenticalTo(D("836.20")));
  EXPECT_LT(D("236.63"), D("236.64"));
  EXPECT_GT(D("-1"), D("-1.01"));
}

TEST(DecimalTest, ExactArithmetic) {
  EXPECT_TRUE(Decimal::Add(D("0.1"), D("0.2"))->IdenticalTo(D("0.3")));
  EXPECT_TRUE(Decimal::Add(D("2336.91"), D("603.14"))->IdenticalTo(D("2940.05")));
  EXPECT_TRUE(Decimal::Subtract(D("1"), D("0.01"))->IdenticalTo(D("0.99")));
  EXPECT_FALSE(Decimal::Add(Decimal(INT64_MAX, 0), Decimal(1, 0)).has_value());
  EXPECT_FALSE(Decimal(INT64_MIN, 0).Negated().has_value());
}

TEST(DecimalTest, UnitConversionIsExact) {
  EXPECT_TRUE(D("1204560").Convert(Unit::kYuan, Unit::kWanYuan)->IdenticalTo(D("120.4560")));
  EXPECT_TRUE(D("1204.56").Convert(Unit::kQianYuan, Unit::kWanYuan)->IdenticalTo(D("120.456")));
  EXPECT_TRUE(D("1.25").Convert(Unit::kYiYuan, Unit::kWanYuan)->IdenticalTo(D("12500")));
  EXPECT_TRUE(D("3.5").Convert(Unit::kWanYuan, Unit::kYuan)->IdenticalTo(D("35000")));
  EXPECT_FALSE(D("3.5").Convert(Unit::kPercent, Unit::kYuan).has_value());
  EXPECT_EQ(ParseUnit("万元"), Unit::kWanYuan);
  EXPECT_EQ(ParseUnit("％"), Unit::kPercent);
  EXPECT_FALSE(ParseUnit("美元").has_value());
  EXPECT_EQ(UnitName(Unit::kQianYuan), "千元");
}

TEST(DecimalTest, RoundingHalfAwayFromZero) {
  EXPECT_TRUE(D("1.445").RoundedTo(2).IdenticalTo(D("1.45")));
  EXPECT_TRUE(D("1.444").RoundedTo(2).IdenticalTo(D("1.44")));
  EXPECT_TRUE(D("-1.445").RoundedTo(2).IdenticalTo(D("-1.45")));
  EXPECT_TRUE(D("99.995").RoundedTo(2).IdenticalTo(D("100.00")));
}

TEST(IntervalTest, DisplayedFigureStandsForHalfAUnitEitherSide) {
  const Interval i = Interval::Of(D("836.2"));
  EXPECT_TRUE(i.lo.IdenticalTo(D("836.15")));
  EXPECT_TRUE(i.hi.IdenticalTo(D("836.25")));
  EXPECT_TRUE(i.Contains(D("836.20")));
  const Interval whole = Interval::Of(D("12"));
  EXPECT_TRUE(whole.lo.IdenticalTo(D("11.5")));
}

TEST(IntervalTest, SumsOfDisplayedItems) {
  // T1 of sh-putuo-finance-2024: 本年支出合计 2940.05 = 基本 2336.91 + 项目 603.14.
  EXPECT_EQ(CompareSum(D("2940.05"), {D("2336.91"), D("603.14")}), Agreement::kConsistent);
  // Three items rounded up: 0.33 + 0.33 + 0.33 = 0.99 against 1.00 still meets (± 0.015).
  EXPECT_EQ(CompareSum(D("1.00"), {D("0.33"), D("0.33"), D("0.33")}), Agreement::kConsistent);
  // Two items: 0.33 + 0.33 [0.655, 0.665] vs 0.67 [0.665, 0.675]: they touch.
  EXPECT_EQ(CompareSum(D("0.67"), {D("0.33"), D("0.33")}), Agreement::kConsistent);
  EXPECT_EQ(CompareSum(D("0.68"), {D("0.33"), D("0.33")}), Agreement::kRoundingSlip);
  EXPECT_EQ(CompareSum(D("0.70"), {D("0.33"), D("0.33")}), Agreement::kInconsistent);
  EXPECT_EQ(CompareSum(D("0"), {}), Agreement::kConsistent);
}

TEST(IntervalTest, FigureShownTwice) {
  // sh-putuo-planning-2024: 卫生健康 236.63 (T1) vs 236.64 (T3): 尾差.
  EXPECT_EQ(CompareShownTwice(D("236.63"), D("236.64")), Agreement::kRoundingSlip);
  EXPECT_EQ(CompareShownTwice(D("3845.25"), D("3845.24")), Agreement::kRoundingSlip);
  EXPECT_EQ(CompareShownTwice(D("236.63"), D("236.65")), Agreement::kInconsistent);
  EXPECT_EQ(CompareShownTwice(D("836.2"), D("836.20")), Agreement::kConsistent);
  EXPECT_EQ(CompareShownTwice(D("836.2"), D("836.24")), Agreement::kConsistent);
  EXPECT_EQ(CompareShownTwice(D("836.2"), D("836.30")), Agreement::kRoundingSlip);
  EXPECT_EQ(CompareShownTwice(D("836.2"), D("836.40")), Agreement::kInconsistent);
  EXPECT_EQ(CompareShownTwice(D("6.2"), D("6.20")), Agreement::kConsistent);
}

TEST(IntervalTest, PercentagesAgainstRatios) {
  // sh-putuo-finance-2024 p. 21: 财政拨款收入 2940.05 of 本年收入合计 2946.25 = 99.7896% → 99.79%.
  EXPECT_EQ(ComparePercent(D("99.79"), D("2940.05"), D("2946.25")), Agreement::kConsistent);
  EXPECT_EQ(ComparePercent(D("99.8"), D("2940.05"), D("2946.25")), Agreement::kConsistent);
  EXPECT_EQ(ComparePercent(D("100"), D("2940.05"), D("2946.25")), Agreement::kConsistent);
  EXPECT_EQ(ComparePercent(D("0.21"), D("6.2"), D("2946.25")), Agreement::kConsistent);
  EXPECT_EQ(ComparePercent(D("99.78"), D("2940.05"), D("2946.25")), Agreement::kRoundingSlip);
  EXPECT_EQ(ComparePercent(D("99.70"), D("2940.05"), D("2946.25")), Agreement::kInconsistent);
  // DOMAIN.md: 1.44% where the amounts give 1.447% is a rounding slip.
  EXPECT_EQ(ComparePercent(D("1.44"), D("14.47"), D("1000.00")), Agreement::kRoundingSlip);
  EXPECT_EQ(ComparePercent(D("1.45"), D("14.47"), D("1000.00")), Agreement::kConsistent);
  // Negative growth: (90 - 100) / 100 = -10%.
  EXPECT_EQ(ComparePercent(D("-10.0"), D("-10.00"), D("100.00")), Agreement::kConsistent);
  // Undefined ratio: zero base.
  EXPECT_FALSE(ComparePercent(D("5"), D("3.00"), D("0.00")).has_value());
  EXPECT_FALSE(ComparePercent(D("5"), D("3.00"), D("0")).has_value());  // [-0.5, 0.5] holds 0
}

TEST(IntervalTest, PercentMissCountsLastDigitUnits) {
  const Interval n = Interval::Of(D("14.47")), d = Interval::Of(D("1000.00"));
  EXPECT_EQ(PercentMissInLastDigitUnits(D("1.45"), n, d), 0);
  EXPECT_EQ(PercentMissInLastDigitUnits(D("1.44"), n, d), 1);
  EXPECT_EQ(PercentMissInLastDigitUnits(D("1.40"), n, d), 5);
  EXPECT_EQ(PercentMissInLastDigitUnits(D("1.6"), n, d), 2);  // 1.55 - 1.44757 = 1.02 units
  EXPECT_EQ(PercentMissInLastDigitUnits(D("2"), n, d), 1);
  EXPECT_EQ(PercentMissInLastDigitUnits(D("3"), n, d), 2);
  EXPECT_EQ(PercentMeetsRatio(D("1.447"), n, d), true);
}

// Property check over random amounts shown at two decimals: the rounded true ratio always
// passes; a percentage two units away fails whenever the amounts are large enough for the
// ratio's own rounding envelope to be narrower than one unit (denominator >= 1000 units).
TEST(IntervalTest, RoundedTrueRatiosAlwaysPass) {
  std::mt19937 rng(3);
  for (int i = 0; i < 20000; ++i) {
    const int64_t den = 1 + static_cast<int64_t>(rng() % 500000);
    const int64_t num = static_cast<int64_t>(rng() % (den + 1));
    const Decimal n(num, 2), d(den, 2);
    for (int scale : {0, 1, 2}) {
      // True percentage 100·num/den rounded half up at `scale` decimals.
      const __int128 scaled = static_cast<__int128>(num) * 100;
      int64_t p10 = 1;
      for (int k = 0; k < scale; ++k) p10 *= 10;
      const __int128 q2 = scaled * p10 * 2 / den;  // twice the value, floored
      const int64_t rounded = static_cast<int64_t>((q2 + 1) / 2);
      const Decimal stated(rounded, scale);
      ASSERT_EQ(ComparePercent(stated, n, d), Agreement::kConsistent)
          << stated.ToString() << " of " << n.ToString() << "/" << d.ToString();
      if (den < 1000 * p10) continue;
      const Decimal off(rounded + 2, scale);
      const auto far = ComparePercent(off, n, d);
      ASSERT_TRUE(far.has_value());
      ASSERT_NE(*far, Agreement::kConsistent) << off.ToString();
    }
  }
}

TEST(IntervalTest, ExhaustiveSmallSums) {
  // Every split of a total 0.00..2.00 into two items, each item and total exact: consistent;
  // the total moved by 0.02 or more: never consistent.
  for (int total = 0; total <= 200; ++total) {
    for (int a = 0; a <= total; ++a) {
      const Decimal t(total, 2), x(a, 2), y(total - a, 2);
      ASSERT_EQ(CompareSum(t, {x, y}), Agreement::kConsistent);
      ASSERT_NE(CompareSum(Decimal(total + 2, 2), {x, y}), Agreement::kConsistent);
      ASSERT_EQ(CompareSum(Decimal(total + 3, 2), {x, y}), Agreement::kInconsistent);
    }
  }
}

}  // namespace
}  // namespace fiscalcheck
