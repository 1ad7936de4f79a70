#include "report/extract_output.h"

#include <cmath>
#include <string>

namespace fiscalcheck {

double Round2(double v) {
  const double r = std::round(v * 100.0) / 100.0;
  return r == 0 ? 0.0 : r;  // never "-0"
}

namespace {

const char* RoleName(LineRole role) {
  switch (role) {
    case LineRole::kHeader:
      return "header";
    case LineRole::kFooter:
      return "footer";
    case LineRole::kPageNumber:
      return "page-number";
    case LineRole::kBody:
      break;
  }
  return "body";
}

}  // namespace

nlohmann::ordered_json BBoxJson(const BBox& box) {
  return nlohmann::ordered_json::array(
      {Round2(box.x0), Round2(box.y0), Round2(box.x1), Round2(box.y1)});
}

void WriteExtractText(const Document& doc, std::ostream& out) {
  for (const Page& page : doc.pages) {
    out << "=== page " << page.number << " ===\n";
    for (const Line& line : page.lines) {
      if (line.role == LineRole::kHeader) out << "[header] " << line.text << '\n';
    }
    for (const Paragraph& p : page.paragraphs) {
      out << (p.continues_previous_page ? "[continued] " : "") << p.text << '\n';
    }
    for (const Line& line : page.lines) {
      if (line.role == LineRole::kFooter || line.role == LineRole::kPageNumber) {
        out << '[' << RoleName(line.role) << "] " << line.text << '\n';
      }
    }
  }
}

nlohmann::ordered_json ExtractJson(const Document& doc, const JsonOptions& options) {
  using json = nlohmann::ordered_json;
  json root;
  root["file"] = doc.path;
  root["sha256"] = doc.sha256;
  root["page_count"] = doc.pages.size();
  root["producer"] = doc.producer;
  root["poppler_warnings"] = doc.poppler_warnings;
  root["pages_without_text"] = doc.pages_without_text;
  json pages = json::array();
  for (const Page& page : doc.pages) {
    json p;
    p["number"] = page.number;
    p["width"] = Round2(page.width);
    p["height"] = Round2(page.height);
    p["rotation"] = page.rotation;
    p["characters"] = {{"replacement", page.counts.replacement},
                       {"private_use", page.counts.private_use},
                       {"unmapped_radicals", page.counts.unmapped_radicals},
                       {"duplicates_dropped", page.duplicate_glyphs_dropped}};
    json lines = json::array();
    for (const Line& line : page.lines) {
      json l;
      l["text"] = line.text;
      l["bbox"] = BBoxJson(line.box);
      l["role"] = RoleName(line.role);
      l["direction"] = line.direction;
      l["font_size"] = Round2(line.font_size);
      json segments = json::array();
      for (const Segment& seg : line.segments) {
        json s;
        s["text"] = seg.text;
        s["bbox"] = BBoxJson(seg.box);
        if (options.include_glyphs) {
          json chars = json::array();
          for (const TextChar& c : seg.chars)
            chars.push_back({{"text", c.text}, {"bbox", BBoxJson(c.box)}});
          s["glyphs"] = std::move(chars);
        }
        segments.push_back(std::move(s));
      }
      l["segments"] = std::move(segments);
      lines.push_back(std::move(l));
    }
    p["lines"] = std::move(lines);
    json paragraphs = json::array();
    for (const Paragraph& para : page.paragraphs) {
      json j = {{"text", para.text},
                {"bbox", BBoxJson(para.box)},
                {"lines", {para.first_line, para.last_line}}};
      if (para.continues_previous_page) j["continues_previous_page"] = true;
      paragraphs.push_back(std::move(j));
    }
    p["paragraphs"] = std::move(paragraphs);
    pages.push_back(std::move(p));
  }
  root["pages"] = std::move(pages);
  return root;
}

}  // namespace fiscalcheck
