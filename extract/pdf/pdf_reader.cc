#include "extract/pdf/pdf_reader.h"

#include <atomic>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "extract/utf8.h"

// Poppler's core headers (libpoppler-private-dev).
#include <goo/GooString.h>
#include <poppler/Error.h>
#include <poppler/ErrorCodes.h>
#include <poppler/GfxFont.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/OutputDev.h>
#include <poppler/PDFDoc.h>

namespace fiscalcheck {
namespace {

// Poppler reports through one process-wide callback; the count is per document because a
// process reads one document at a time (see pdf_reader.h).
std::atomic<int> g_poppler_messages{0};

void CountPopplerMessage(ErrorCategory /*category*/, Goffset /*pos*/, const char* /*msg*/) {
  g_poppler_messages.fetch_add(1, std::memory_order_relaxed);
}

void InitPopplerOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();
    globalParams->setErrQuiet(true);
    setErrorCallback(&CountPopplerMessage);
  });
}

// PDF text strings are PDFDocEncoding or UTF-16BE with a BOM.
std::string DecodeTextString(const GooString& s) {
  std::string out;
  const std::string& raw = s.toStr();
  if (raw.size() >= 2 && static_cast<unsigned char>(raw[0]) == 0xFE &&
      static_cast<unsigned char>(raw[1]) == 0xFF) {
    for (size_t i = 2; i + 1 < raw.size(); i += 2) {
      char32_t c =
          (static_cast<unsigned char>(raw[i]) << 8) | static_cast<unsigned char>(raw[i + 1]);
      if (c >= 0xD800 && c <= 0xDBFF && i + 3 < raw.size()) {
        char32_t lo =
            (static_cast<unsigned char>(raw[i + 2]) << 8) | static_cast<unsigned char>(raw[i + 3]);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
          i += 2;
        }
      }
      AppendUtf8(c, out);
    }
  } else {
    for (unsigned char c : raw) AppendUtf8(c, out);  // Latin-1 approximation of PDFDocEncoding
  }
  return out;
}

// Fonts report ascent/descent from their descriptors, and some producers write nonsense there
// (ONLYOFFICE: CJK runs ~3 pt tall). Boxes are only a display aid here, so clamp to sane values;
// line building uses the exact baseline origin instead.
constexpr double kDefaultAscent = 0.88;
constexpr double kDefaultDescent = -0.12;

double SaneAscent(double a) { return (a >= 0.5 && a <= 1.2) ? a : kDefaultAscent; }
double SaneDescent(double d) { return (d >= -0.5 && d <= 0.0) ? d : kDefaultDescent; }

// Records glyphs and rulings of one page while Gfx interprets its content stream. It renders
// nothing, which is what keeps the pass as cheap as pdftotext's.
// One recorder serves every page of a document: Poppler keeps per-device caches (ICC colour
// spaces, whose transforms cost more than the text itself on some producers' files).
class GlyphRecorder : public OutputDev {
 public:
  // Directs the next page's glyphs and rules into `page`.
  void SetPage(RawPage* page) {
    page_ = page;
    next_stream_index_ = 0;
    actual_text_depth_ = 0;
    actual_text_.clear();
    actual_text_glyph_.reset();
    font_ids_.clear();
  }

  bool upsideDown() override { return true; }
  bool useDrawChar() override { return true; }
  bool interpretType3Chars() override { return false; }
  bool needNonText() override { return false; }  // skip images; paths still reach stroke/fill

  void startPage(int /*pageNum*/, GfxState* state, XRef* /*xref*/) override {
    page_->width = state->getPageWidth();
    page_->height = state->getPageHeight();
  }

  void drawChar(GfxState* state, double x, double y, double dx, double dy, double /*originX*/,
                double /*originY*/, CharCode /*code*/, int /*nBytes*/, const Unicode* u,
                int uLen) override {
    const int index = next_stream_index_++;
    if (actual_text_depth_ > 0) {
      // Inside /ActualText: the glyphs are replaced by the replacement text, placed at the
      // union of their boxes.
      Glyph g = MakeGlyph(state, x, y, dx, dy, index);
      if (!actual_text_glyph_) {
        actual_text_glyph_ = g;
      } else {
        actual_text_glyph_->box.Extend(g.box);
        actual_text_glyph_->advance += g.advance;
      }
      return;
    }
    Glyph g = MakeGlyph(state, x, y, dx, dy, index);
    if (uLen <= 0) {
      AppendUtf8(0xFFFD, g.text);
    } else {
      for (int i = 0; i < uLen; ++i) AppendUtf8(u[i], g.text);
    }
    g.is_space = (g.text == " " || g.text == "\xC2\xA0" || g.text == "\xE3\x80\x80");
    Keep(std::move(g));
  }

  void beginActualText(GfxState* /*state*/, const GooString* text) override {
    if (actual_text_depth_++ == 0) {
      actual_text_.clear();
      actual_text_glyph_.reset();
      if (text != nullptr) actual_text_ = DecodeTextString(*text);
    }
  }

  void endActualText(GfxState* /*state*/) override {
    if (actual_text_depth_ == 0 || --actual_text_depth_ > 0) return;
    if (actual_text_glyph_ && !actual_text_.empty()) {
      actual_text_glyph_->text = actual_text_;
      actual_text_glyph_->is_space = actual_text_ == " ";
      Keep(std::move(*actual_text_glyph_));
    }
    actual_text_glyph_.reset();
  }

  void stroke(GfxState* state) override { RecordPath(state, /*filled=*/false); }
  void fill(GfxState* state) override { RecordPath(state, /*filled=*/true); }
  void eoFill(GfxState* state) override { RecordPath(state, /*filled=*/true); }

 private:
  Glyph MakeGlyph(GfxState* state, double x, double y, double dx, double dy, int index) {
    Glyph g;
    g.stream_index = index;
    double ox = 0, oy = 0;
    state->transform(x, y, &ox, &oy);
    // The advance without character spacing (Tc), so letter-spacing shows as a gap.
    double sx = 0, sy = 0;
    state->textTransformDelta(state->getCharSpace() * state->getHorizScaling(), 0, &sx, &sy);
    double ax = 0, ay = 0;
    state->transformDelta(dx - sx, dy - sy, &ax, &ay);
    g.origin_x = ox;
    g.origin_y = oy;
    g.font_size = state->getTransformedFontSize();

    // Reading direction from the text rendering matrix (text space x axis in device space).
    const double* tm = state->getTextMat();
    double rx = 0, ry = 0;
    state->transformDelta(tm[0], tm[1], &rx, &ry);
    if (std::fabs(rx) >= std::fabs(ry)) {
      g.direction = rx >= 0 ? 0 : 2;
    } else {
      g.direction = ry >= 0 ? 1 : 3;
    }
    g.advance = std::hypot(ax, ay);

    double ascent = kDefaultAscent, descent = kDefaultDescent;
    if (const auto& font = state->getFont()) {
      ascent = SaneAscent(font->getAscent());
      descent = SaneDescent(font->getDescent());
      g.font_id = FontId(font);
    }
    // The glyph's box is the parallelogram origin + a*d + h*u for a in [0, advance] and h in
    // [descent, ascent] * size, with d the unit reading vector and u the "up" vector (y grows
    // downwards, so u = (d.y, -d.x)).
    static constexpr double kDirX[4] = {1, 0, -1, 0};
    static constexpr double kDirY[4] = {0, 1, 0, -1};
    const double dx_unit = kDirX[g.direction], dy_unit = kDirY[g.direction];
    const double ux = dy_unit, uy = -dx_unit;
    const double lo = descent * g.font_size, hi = ascent * g.font_size;
    g.box = {1e18, 1e18, -1e18, -1e18};
    for (double a : {0.0, g.advance}) {
      for (double h : {lo, hi}) {
        const double cx = ox + a * dx_unit + h * ux, cy = oy + a * dy_unit + h * uy;
        g.box.x0 = std::min(g.box.x0, cx), g.box.y0 = std::min(g.box.y0, cy);
        g.box.x1 = std::max(g.box.x1, cx), g.box.y1 = std::max(g.box.y1, cy);
      }
    }
    return g;
  }

  void Keep(Glyph g) {
    const double w = page_->width, h = page_->height;
    if (!std::isfinite(g.origin_x) || !std::isfinite(g.origin_y) || !std::isfinite(g.advance) ||
        !std::isfinite(g.font_size) || !std::isfinite(g.box.x0) || !std::isfinite(g.box.y0) ||
        !std::isfinite(g.box.x1) || !std::isfinite(g.box.y1)) {
      ++page_->glyphs_outside_page;  // degenerate matrices: nowhere on the page
      return;
    }
    // As pdftotext does: a glyph counts as on the page when its baseline (origin to end of
    // advance) touches the page; text drawn just above the top edge (a repeated line pushed
    // off the page) is not content.
    static constexpr double kDirX[4] = {1, 0, -1, 0};
    static constexpr double kDirY[4] = {0, 1, 0, -1};
    const double ex = g.origin_x + kDirX[g.direction] * g.advance;
    const double ey = g.origin_y + kDirY[g.direction] * g.advance;
    if (std::max(g.origin_x, ex) < 0 || std::min(g.origin_x, ex) > w ||
        std::max(g.origin_y, ey) < 0 || std::min(g.origin_y, ey) > h) {
      ++page_->glyphs_outside_page;
      return;
    }
    page_->glyphs.push_back(std::move(g));
  }

  int FontId(const std::shared_ptr<GfxFont>& font) {
    auto [it, inserted] = font_ids_.try_emplace(font.get(), static_cast<int>(page_->fonts.size()));
    if (inserted) {
      const std::optional<std::string>& name = font->getName();
      page_->fonts.push_back(name ? *name : std::string());
    }
    return it->second;
  }

  void RecordPath(GfxState* state, bool filled) {
    const GfxPath* path = state->getPath();
    if (path == nullptr) return;
    constexpr double kAxisTolerance = 1.0;  // points: how far from axis-aligned a rule may lean
    constexpr double kMaxRuleThickness = 2.5;
    double lw = 0, lh = 0;
    state->transformDelta(state->getLineWidth(), 0, &lw, &lh);
    const double line_width = std::max(std::hypot(lw, lh), 0.1);
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      const int n = sub->getNumPoints();
      if (n < 2) continue;
      if (filled) {
        // A thin filled rectangle is a rule; anything else (cell shading, shapes) is not.
        double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
        for (int i = 0; i < n; ++i) {
          if (sub->getCurve(i)) return;
          double x = 0, y = 0;
          state->transform(sub->getX(i), sub->getY(i), &x, &y);
          x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
        }
        if (n > 5) continue;
        const double w = x1 - x0, h = y1 - y0;
        if (h <= kMaxRuleThickness && w > h) {
          AddRuling({{x0, y0, x1, y1}, true});
        } else if (w <= kMaxRuleThickness && h > w) {
          AddRuling({{x0, y0, x1, y1}, false});
        }
        continue;
      }
      double px = 0, py = 0;
      state->transform(sub->getX(0), sub->getY(0), &px, &py);
      for (int i = 1; i < n; ++i) {
        double x = 0, y = 0;
        state->transform(sub->getX(i), sub->getY(i), &x, &y);
        if (!sub->getCurve(i)) {
          const double half = line_width / 2;
          if (std::fabs(y - py) <= kAxisTolerance && std::fabs(x - px) > kAxisTolerance) {
            AddRuling(
                {{std::min(x, px), std::min(y, py) - half, std::max(x, px), std::max(y, py) + half},
                 true});
          } else if (std::fabs(x - px) <= kAxisTolerance && std::fabs(y - py) > kAxisTolerance) {
            AddRuling(
                {{std::min(x, px) - half, std::min(y, py), std::max(x, px) + half, std::max(y, py)},
                 false});
          }
        }
        px = x, py = y;
      }
    }
  }

  void AddRuling(Ruling r) {
    if (static_cast<int>(page_->rulings.size()) >= kMaxRulingsPerPage) {
      page_->rulings_truncated = true;
      return;
    }
    page_->rulings.push_back(r);
  }

  RawPage* page_ = nullptr;
  int next_stream_index_ = 0;
  int actual_text_depth_ = 0;
  std::string actual_text_;
  std::optional<Glyph> actual_text_glyph_;
  absl::flat_hash_map<const GfxFont*, int> font_ids_;
};

// Checks the bytes before Poppler sees them, so that the common bad inputs get a precise reason.
absl::Status CheckFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open file"));
  const std::streamoff size = in.tellg();
  if (size <= 0) return absl::InvalidArgumentError(absl::StrCat(path, ": empty file"));
  std::string head(static_cast<size_t>(std::min<std::streamoff>(size, 1024)), '\0');
  in.seekg(0);
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  if (head.find("%PDF-") == std::string::npos) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": not a PDF (no %PDF- header)"));
  }
  const std::streamoff tail_len = std::min<std::streamoff>(size, 4096);
  std::string tail(static_cast<size_t>(tail_len), '\0');
  in.seekg(size - tail_len);
  in.read(tail.data(), tail_len);
  if (tail.find("%%EOF") == std::string::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": truncated PDF (no %%EOF marker at the end of the file)"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status ReadPdfPages(const std::string& path, RawDocument& info,
                          const std::function<void(RawPage)>& on_page) {
  if (absl::Status s = CheckFileBytes(path); !s.ok()) return s;
  InitPopplerOnce();
  g_poppler_messages.store(0);

  bool reconstructed = false;
  auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), std::nullopt, std::nullopt,
                                      nullptr, [&] { reconstructed = true; });
  if (!doc->isOk()) {
    switch (doc->getErrorCode()) {
      case errEncrypted:
        return absl::PermissionDeniedError(
            absl::StrCat(path, ": encrypted PDF that needs a user password to open"));
      case errOpenFile:
        return absl::NotFoundError(absl::StrCat(path, ": cannot open file"));
      default:
        return absl::InvalidArgumentError(
            absl::StrCat(path, ": damaged PDF that Poppler cannot repair (error code ",
                         doc->getErrorCode(), ")"));
    }
  }
  const int page_count = doc->getNumPages();
  if (page_count <= 0) return absl::InvalidArgumentError(absl::StrCat(path, ": PDF has no pages"));
  if (auto producer = doc->getDocInfoStringEntry("Producer")) {
    info.producer = DecodeTextString(*producer);
  }

  GlyphRecorder recorder;
  for (int i = 1; i <= page_count; ++i) {
    RawPage page;
    page.number = i;
    page.rotation = ((doc->getPageRotate(i) % 360) + 360) % 360;
    recorder.SetPage(&page);
    doc->displayPage(&recorder, i, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/true,
                     /*printing=*/false);
    recorder.SetPage(nullptr);
    on_page(std::move(page));
  }
  info.poppler_warnings = g_poppler_messages.load();
  info.xref_reconstructed = reconstructed;
  return absl::OkStatus();
}

absl::StatusOr<RawDocument> ReadPdf(const std::string& path) {
  RawDocument result;
  absl::Status s =
      ReadPdfPages(path, result, [&](RawPage page) { result.pages.push_back(std::move(page)); });
  if (!s.ok()) return s;
  return result;
}

}  // namespace fiscalcheck
