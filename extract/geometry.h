// Plain geometry shared by every extraction stage.
//
// Coordinates are PDF points in upright page space (the page's /Rotate already applied), origin
// at the top left, y growing downwards, as ARCHITECTURE.md's output conventions require.
#ifndef FISCALCHECK_EXTRACT_GEOMETRY_H_
#define FISCALCHECK_EXTRACT_GEOMETRY_H_

#include <algorithm>

namespace fiscalcheck {

struct BBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  bool empty() const { return x1 <= x0 && y1 <= y0; }
  // Grows this box to cover `other`; an all-zero box takes `other` as is.
  void Extend(const BBox& other) {
    if (x0 == 0 && y0 == 0 && x1 == 0 && y1 == 0) {
      *this = other;
      return;
    }
    x0 = std::min(x0, other.x0);
    y0 = std::min(y0, other.y0);
    x1 = std::max(x1, other.x1);
    y1 = std::max(y1, other.y1);
  }
};

}  // namespace fiscalcheck

#endif  // FISCALCHECK_EXTRACT_GEOMETRY_H_
