// Developer tool: dumps stage 1 (raw glyphs and rulings) of one page, optionally clipped to a
// rectangle, so a layout decision can be traced to the geometry behind it.
//   dump_glyphs FILE.pdf PAGE [x0 y0 x1 y1]
#include <cstdio>
#include <cstdlib>

#include "extract/pdf/pdf_reader.h"

int main(int argc, char** argv) {
  if (argc != 3 && argc != 7) {
    std::fprintf(stderr, "usage: dump_glyphs FILE.pdf PAGE [x0 y0 x1 y1]\n");
    return 2;
  }
  auto doc = fiscalcheck::ReadPdf(argv[1]);
  if (!doc.ok()) {
    std::fprintf(stderr, "%s\n", std::string(doc.status().message()).c_str());
    return 2;
  }
  const int n = std::atoi(argv[2]);
  if (n < 1 || n > static_cast<int>(doc->pages.size())) {
    std::fprintf(stderr, "no page %d\n", n);
    return 2;
  }
  double clip[4] = {-1e9, -1e9, 1e9, 1e9};
  if (argc == 7) {
    for (int i = 0; i < 4; ++i) clip[i] = std::atof(argv[3 + i]);
  }
  const fiscalcheck::RawPage& page = doc->pages[n - 1];
  std::printf("page %d %.2fx%.2f rotation %d glyphs %zu rulings %zu\n", page.number, page.width,
              page.height, page.rotation, page.glyphs.size(), page.rulings.size());
  for (const auto& g : page.glyphs) {
    if (g.origin_x < clip[0] || g.origin_y < clip[1] || g.origin_x > clip[2] ||
        g.origin_y > clip[3]) {
      continue;
    }
    std::printf(
        "#%d '%s' origin=(%.2f,%.2f) adv=%.2f size=%.2f dir=%d box=[%.2f %.2f %.2f %.2f]%s\n",
        g.stream_index, g.text.c_str(), g.origin_x, g.origin_y, g.advance, g.font_size, g.direction,
        g.box.x0, g.box.y0, g.box.x1, g.box.y1, g.is_space ? " space" : "");
  }
  for (const auto& r : page.rulings) {
    if (r.box.x1 < clip[0] || r.box.y1 < clip[1] || r.box.x0 > clip[2] || r.box.y0 > clip[3]) {
      continue;
    }
    std::printf("rule %s [%.2f %.2f %.2f %.2f]\n", r.horizontal ? "H" : "V", r.box.x0, r.box.y0,
                r.box.x1, r.box.y1);
  }
  return 0;
}
