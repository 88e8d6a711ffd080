// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/WrappingTextElement.h"

#include <algorithm>

namespace lev::ui {

WrappingTextElement::WrappingTextElement(QCustomPlot* plot) : QCPTextElement(plot)
{
    setTextFlags(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
}

void WrappingTextElement::showBelow(const QString& text)
{
    setText(text);
    QCPLayoutGrid* layout = mParentPlot->plotLayout();
    const bool placed = layout->elements(false).contains(this);
    if (!text.isEmpty() && !placed) {
        layout->addElement(layout->rowCount(), 0, this);
        layout->setRowStretchFactor(layout->rowCount() - 1, 0.001); // as tall as its text
    } else if (text.isEmpty() && placed) {
        layout->take(this);
        layout->simplify();
    }
}

int WrappingTextElement::wrappedHeight() const
{
    // The layout holding this element has its rect before it asks for the rows' heights.
    const int outer =
        mParentLayout ? mParentLayout->rect().width() : mParentPlot->viewport().width();
    const int width = std::max(1, outer - mMargins.left() - mMargins.right());
    const QRect text =
        QFontMetrics(mFont).boundingRect(0, 0, width, 0, mTextFlags | Qt::TextWordWrap, mText);
    return text.height() + mMargins.top() + mMargins.bottom();
}

QSize WrappingTextElement::minimumOuterSizeHint() const
{
    // No width of its own: the text wraps to whatever width the layout has.
    return {mMargins.left() + mMargins.right(), wrappedHeight()};
}

QSize WrappingTextElement::maximumOuterSizeHint() const
{
    return {QWIDGETSIZE_MAX, wrappedHeight()};
}

} // namespace lev::ui
