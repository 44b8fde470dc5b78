/* tandem-layout.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "tandem-paper.h"

G_BEGIN_DECLS

typedef enum
{
  TANDEM_LAYOUT_FIT,       /* fit to the page width, continuing downwards */
  TANDEM_LAYOUT_POSTER,    /* tiled over N × M pages, with overlap and cut marks */
  TANDEM_LAYOUT_OVERVIEW,  /* everything on one page */
} TandemLayoutKind;

/* How a document is laid out on paper.  Sizes are in points (1/72 inch). */
typedef struct
{
  TandemLayoutKind kind;
  double           page_width;
  double           page_height;
  double           margin;          /* around the content of every page */
  guint            poster_columns;  /* POSTER: pages across and down; 0 picks */
  guint            poster_rows;     /*   them so cards print at natural size */
  double           poster_overlap;  /* POSTER: what two neighbouring pages share */
} TandemPageOptions;

#define TANDEM_LAYOUT_ERROR (tandem_layout_error_quark ())

typedef enum
{
  TANDEM_LAYOUT_ERROR_FORMAT,
  TANDEM_LAYOUT_ERROR_WRITE,
} TandemLayoutError;

/* Draws one page of a document at the origin of @cr, in points. */
typedef void (*TandemDrawPageFunc) (gpointer  document,
                                    cairo_t  *cr,
                                    guint     page);

GQuark      tandem_layout_error_quark       (void);

void        tandem_page_options_init        (TandemPageOptions  *options,
                                             const char         *paper,
                                             TandemOrientation   orientation,
                                             TandemLayoutKind    kind);
gboolean    tandem_layout_kind_from_string  (const char         *text,
                                             TandemLayoutKind   *kind);

PangoLayout *tandem_layout_text             (cairo_t            *cr,
                                             const char         *font,
                                             const char         *text,
                                             double              width,
                                             int                 lines);
void        tandem_layout_show              (cairo_t            *cr,
                                             PangoLayout        *layout,
                                             double              x,
                                             double              y);
char       *tandem_layout_format_date       (const char         *timestamp);
void        tandem_layout_draw_header       (cairo_t            *cr,
                                             const TandemPageOptions *options,
                                             const char         *title,
                                             const char         *subtitle);
void        tandem_layout_draw_footer       (cairo_t            *cr,
                                             const TandemPageOptions *options,
                                             const char         *left,
                                             guint               page,
                                             guint               n_pages);

GPtrArray  *tandem_layout_export            (gpointer            document,
                                             TandemDrawPageFunc  draw_page,
                                             guint               n_pages,
                                             double              page_width,
                                             double              page_height,
                                             const char         *format,
                                             const char         *path,
                                             double              dpi,
                                             GError            **error);

/* The header band's height, and the footer's. */
#define TANDEM_LAYOUT_HEADER_HEIGHT 58.0
#define TANDEM_LAYOUT_FOOTER_HEIGHT 18.0

G_END_DECLS
