// Decodes fuzzer bytes into a RawPage: 12 bytes per glyph (character, position, size, advance,
// direction, space flag), every 7th record a rule instead. Shared by the libFuzzer target and the
// deterministic fuzz test in tests/, so both exercise the same shapes.
#ifndef FISCALCHECK_FUZZ_GLYPH_PAGE_FROM_BYTES_H_
#define FISCALCHECK_FUZZ_GLYPH_PAGE_FROM_BYTES_H_

#include <cstddef>
#include <cstdint>

#include "extract/pdf/pdf_reader.h"
#include "extract/utf8.h"

namespace fiscalcheck {

inline RawPage GlyphPageFromBytes(const uint8_t* data, size_t size) {
  static constexpr char32_t kAlphabet[] = {
      U'0',  U'1',  U'9',  U'.',  U',',      U'%',      U'-',      U' ',
      U'合', U'计', U'万', U'元', U'（',     U'）',     U'．',     U'％',
      U'A',  U'x',  U'：', U'…',  U'\uFFFD', U'\u2ED3', U'\u2F00', U'\uE000',
      U'①',  U'。', U'一', U'、', U'第',     U'页',     U'\u200B', U'\x01'};
  RawPage page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  int index = 0;
  for (size_t i = 0; i + 12 <= size; i += 12) {
    const uint8_t* r = data + i;
    const double x = (r[1] | (r[2] << 8)) / 60.0 - 50;
    const double y = (r[3] | (r[4] << 8)) / 60.0 - 50;
    if ((i / 12) % 7 == 6) {
      page.rulings.push_back({{x, y, x + r[5], y + r[6]}, (r[7] & 1) != 0});
      continue;
    }
    Glyph g;
    AppendUtf8(kAlphabet[r[0] % (sizeof kAlphabet / sizeof kAlphabet[0])], g.text);
    g.origin_x = x;
    g.origin_y = y;
    g.font_size = r[5] / 8.0;
    g.advance = r[6] / 10.0;
    g.direction = r[7] % 4;
    g.is_space = g.text == " ";
    g.stream_index = index++;
    g.box = {x, y - g.font_size, x + g.advance, y + r[8] / 50.0};
    page.glyphs.push_back(g);
  }
  return page;
}

}  // namespace fiscalcheck

#endif  // FISCALCHECK_FUZZ_GLYPH_PAGE_FROM_BYTES_H_
