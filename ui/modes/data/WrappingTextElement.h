// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A text element of a plot's layout whose lines wrap at the width its layout gives it, and whose
// height is that of the wrapped text: a long line is broken between words, never clipped. It sits
// in the last row of the plot's layout while it has text.

#include <qcustomplot.h>

namespace lev::ui {

class WrappingTextElement : public QCPTextElement
{
public:
    /// Not in the layout until it has text (showBelow).
    explicit WrappingTextElement(QCustomPlot* plot);

    /// Sets the text: the element joins the plot's layout as its last row, or leaves it when
    /// `text` is empty.
    void showBelow(const QString& text);

protected:
    QSize minimumOuterSizeHint() const override;
    QSize maximumOuterSizeHint() const override;

private:
    /// The height of the text wrapped at the layout's width, with the margins.
    int wrappedHeight() const;
};

} // namespace lev::ui
