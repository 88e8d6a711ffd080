// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Writes plots to PNG (rastered at a scale factor), PDF and SVG (both vector, drawn by the plot's
// own QCPPainter code on a QPdfWriter or QSvgGenerator) in memory, then writes them through
// core::AtomicWriter: all or nothing, failures a false return and errorString() naming the file.
// The same plot state at the same size always gives the same PNG bytes.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QCustomPlot;

namespace lev::ui {

class PlotExporter
{
    Q_DECLARE_TR_FUNCTIONS(lev::ui::PlotExporter)

public:
    enum class Format
    {
        Png,
        Pdf,
        Svg
    };

    /// One file to write: a name inside the target folder and its complete contents.
    struct Document
    {
        QString fileName;
        QByteArray contents;
    };

    /// "png", "pdf", "svg".
    static QString suffix(Format format);
    /// The format of a suffix ("png", "PDF", ...), if it is one.
    static std::optional<Format> formatFromName(const QString& name);
    /// The file name stem of a plot: its objectName without the "Plot" suffix (spectrum,
    /// weights, scoreboard, sweep, scatter, heatmap; effectLinesPlot becomes "effects").
    static QString baseName(const QCustomPlot* plot);

    /// PNG pixel size = logical size x scale (1, 2, 3, ... for print; at least 0.1, at most 10).
    /// The text of a PNG scales with its pixel size: see pixelsPerLayoutUnit().
    void setScale(double scale);
    double scale() const { return m_scale; }
    /// The logical size the plot is laid out at; an empty size means the plot's current size.
    void setSize(const QSize& size) { m_size = size; }
    QSize size() const { return m_size; }

    /// Renders the plot into the bytes of a file; false and errorString() on failure.
    bool render(QCustomPlot* plot, Format format, QByteArray* contents);
    /// Renders and writes one file atomically.
    bool exportPlot(QCustomPlot* plot, const QString& path, Format format);
    bool exportPng(QCustomPlot* plot, const QString& path);
    bool exportPdf(QCustomPlot* plot, const QString& path);
    bool exportSvg(QCustomPlot* plot, const QString& path);

    /// Writes `<baseName>.<suffix>` for every plot and format into `directory`, creating it.
    bool exportAll(const QList<QCustomPlot*>& plots, const QString& directory,
                   const QList<Format>& formats);
    /// Renders every plot in every format into memory (nothing is written).
    bool renderAll(const QList<QCustomPlot*>& plots, const QList<Format>& formats,
                   QList<Document>* documents);
    /// Whether files can go into `directory`: it is a writable folder, or the nearest folder that
    /// exists on its path is writable and no file is in the way. False and errorString() if not.
    /// Creates nothing; a check before the work, writeAll() makes it again.
    bool checkDirectory(const QString& directory);
    /// Creates `directory` if needed and writes the documents as one set: on failure the folder
    /// is as it was (no file added, every previous file intact) and errorString() names the cause.
    bool writeAll(const QString& directory, const QList<Document>& documents);
    /// Writes one file atomically (core::AtomicWriter: every write and the sync are checked).
    bool writeFile(const QString& path, const QByteArray& contents);

    /// How many PNG pixels one unit of the plot's layout (a screen pixel) covers in an image of
    /// `pixels`: 1.25 up to a shorter side of 600 px, then growing in proportion to it, so a
    /// 600 x 400 image has text 1.25 times its screen size and a 3000 x 2000 one 4.2 times.
    static double pixelsPerLayoutUnit(const QSize& pixels);

    /// The paths written by the last successful exportAll()/writeAll().
    QStringList writtenFiles() const { return m_written; }
    /// What went wrong in the last failed call, naming the file or folder.
    QString errorString() const { return m_error; }

private:
    QSize layoutSize(const QCustomPlot* plot) const;
    bool renderPng(QCustomPlot* plot, QByteArray* contents);
    bool renderPdf(QCustomPlot* plot, QByteArray* contents);
    bool renderSvg(QCustomPlot* plot, QByteArray* contents);
    bool fail(const QString& message);

    double m_scale = 1.0;
    QSize m_size;
    QString m_error;
    QStringList m_written;
};

} // namespace lev::ui
