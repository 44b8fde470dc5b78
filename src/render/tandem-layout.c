/* tandem-layout.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <string.h>

#include "tandem-layout.h"

/* What every printed or exported page shares: page options, text that wraps
 * and ellipsizes inside a box, the header and footer, and writing pages to
 * PDF, SVG or PNG. */

G_DEFINE_QUARK (tandem-layout-error-quark, tandem_layout_error)

/**
 * tandem_page_options_init:
 * @paper: a name tandem_paper_get_size() knows; an unknown one gives A4
 *
 * Fills @options with the defaults: half-inch margins, and for a poster,
 * pages chosen automatically with 18 points of overlap.
 */
void
tandem_page_options_init (TandemPageOptions *options,
                          const char        *paper,
                          TandemOrientation  orientation,
                          TandemLayoutKind   kind)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  if (paper == NULL ||
      !tandem_paper_get_size (paper, orientation, &options->page_width, &options->page_height))
    tandem_paper_get_size ("a4", orientation, &options->page_width, &options->page_height);
  options->kind = kind;
  options->margin = 36;
  options->poster_overlap = 18;
}

gboolean
tandem_layout_kind_from_string (const char       *text,
                                TandemLayoutKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (g_strcmp0 (text, "fit") == 0)
    *kind = TANDEM_LAYOUT_FIT;
  else if (g_strcmp0 (text, "poster") == 0)
    *kind = TANDEM_LAYOUT_POSTER;
  else if (g_strcmp0 (text, "overview") == 0)
    *kind = TANDEM_LAYOUT_OVERVIEW;
  else
    return FALSE;
  return TRUE;
}

static cairo_user_data_key_t context_key;

/* One Pango context per cairo context: making a context for every piece of
 * text costs more than drawing it. */
static PangoContext *
get_context (cairo_t *cr)
{
  PangoContext *context = cairo_get_user_data (cr, &context_key);

  if (context == NULL)
    {
      cairo_font_options_t *font_options = cairo_font_options_create ();

      context = pango_cairo_create_context (cr);
      /* Unhinted metrics: text measures the same at every scale and on
       * every surface, so what fits in the preview fits on paper. */
      cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (context, font_options);
      /* Font sizes in points are user units: the same on paper and on screen. */
      pango_cairo_context_set_resolution (context, 72);
      cairo_font_options_destroy (font_options);
      cairo_set_user_data (cr, &context_key, context, g_object_unref);
    }
  else
    pango_cairo_update_context (cr, context);
  return context;
}

/**
 * tandem_layout_text:
 * @font: a Pango font description, e.g. "Sans Bold 10"
 * @width: the width of the box, in user units of @cr
 * @lines: how many lines the text may wrap to; longer text ends in "…"
 *
 * Returns: (transfer full): a layout of @text that never leaves a box of
 *   @width and @lines lines.
 */
PangoLayout *
tandem_layout_text (cairo_t    *cr,
                    const char *font,
                    const char *text,
                    double      width,
                    int         lines)
{
  PangoLayout *layout = pango_layout_new (get_context (cr));
  PangoFontDescription *desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_set_width (layout, MAX (1, (int) (width * PANGO_SCALE)));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (lines > 1)
    {
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, -lines);
    }
  else
    pango_layout_set_height (layout, -1);
  return layout;
}

void
tandem_layout_show (cairo_t     *cr,
                    PangoLayout *layout,
                    double       x,
                    double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/**
 * tandem_layout_format_date:
 * @timestamp: (nullable): an ISO 8601 timestamp
 *
 * Returns: (transfer full): "2 October 2026", or the text as it is when it
 *   is not a timestamp.
 */
char *
tandem_layout_format_date (const char *timestamp)
{
  g_autoptr(GDateTime) time = NULL;

  if (timestamp == NULL)
    return g_strdup ("");
  time = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (time == NULL)
    return g_strdup (timestamp);
  /* TRANSLATORS: the date of a snapshot or print-out; see strftime(3) */
  return g_date_time_format (time, _("%-d %B %Y"));
}

void
tandem_layout_draw_header (cairo_t                 *cr,
                           const TandemPageOptions *options,
                           const char              *title,
                           const char              *subtitle)
{
  double width = options->page_width - 2 * options->margin;
  g_autoptr(PangoLayout) heading = tandem_layout_text (cr, "Sans Bold 18", title, width, 1);
  g_autoptr(PangoLayout) sub = NULL;
  const char *sub_fonts[] = { "Sans 10.5", "Sans 9.5", "Sans 8.5" };

  /* A long subtitle (a comparison's, on portrait paper) gets a smaller font
   * before it loses its end. */
  for (guint i = 0; i < G_N_ELEMENTS (sub_fonts); i++)
    {
      g_clear_object (&sub);
      sub = tandem_layout_text (cr, sub_fonts[i], subtitle, width, 1);
      if (!pango_layout_is_ellipsized (sub))
        break;
    }

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  tandem_layout_show (cr, heading, options->margin, options->margin);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  tandem_layout_show (cr, sub, options->margin, options->margin + 22);
  cairo_restore (cr);
}

void
tandem_layout_draw_footer (cairo_t                 *cr,
                           const TandemPageOptions *options,
                           const char              *left,
                           guint                    page,
                           guint                    n_pages)
{
  double width = options->page_width - 2 * options->margin;
  double y = options->page_height - options->margin - 11;
  /* TRANSLATORS: the page number in the footer of a print-out */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  g_autoptr(PangoLayout) right = tandem_layout_text (cr, "Sans 8.5", number, width / 3, 1);
  g_autoptr(PangoLayout) left_layout = tandem_layout_text (cr, "Sans 8.5", left, width * 2 / 3 - 12, 1);
  PangoRectangle extents;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.82);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, options->margin, y - 4);
  cairo_line_to (cr, options->page_width - options->margin, y - 4);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.42);
  tandem_layout_show (cr, left_layout, options->margin, y);
  pango_layout_get_extents (right, NULL, &extents);
  tandem_layout_show (cr, right,
                      options->page_width - options->margin - pango_units_to_double (extents.width), y);
  cairo_restore (cr);
}

static char *
page_path (const char *path,
           guint       page,
           guint       n_pages)
{
  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, G_DIR_SEPARATOR);

  if (n_pages == 1)
    return g_strdup (path);
  if (dot == NULL || (slash != NULL && dot < slash))
    return g_strdup_printf ("%s-%u", path, page + 1);
  return g_strdup_printf ("%.*s-%u%s", (int) (dot - path), path, page + 1, dot);
}

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, TANDEM_LAYOUT_ERROR, TANDEM_LAYOUT_ERROR_WRITE,
               _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

/**
 * tandem_layout_export:
 * @format: "pdf", "svg" or "png"
 * @path: the file to write; SVG and PNG are one page per file, so a document
 *   of several pages goes to PATH-1.svg, PATH-2.svg…
 * @dpi: PNG only: the resolution
 *
 * Returns: (transfer full) (element-type utf8): the paths written, or %NULL
 *   with @error set.
 */
GPtrArray *
tandem_layout_export (gpointer            document,
                      TandemDrawPageFunc  draw_page,
                      guint               n_pages,
                      double              page_width,
                      double              page_height,
                      const char         *format,
                      const char         *path,
                      double              dpi,
                      GError            **error)
{
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (draw_page != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (g_strcmp0 (format, "pdf") == 0)
    {
      cairo_surface_t *surface = cairo_pdf_surface_create (path, page_width, page_height);
      cairo_t *cr = cairo_create (surface);
      cairo_status_t status;

      for (guint i = 0; i < n_pages; i++)
        {
          cairo_save (cr);
          draw_page (document, cr, i);
          cairo_restore (cr);
          cairo_show_page (cr);
        }
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      if (!check_status (status, path, error))
        return NULL;
      g_ptr_array_add (written, g_strdup (path));
    }
  else if (g_strcmp0 (format, "svg") == 0 || g_strcmp0 (format, "png") == 0)
    {
      gboolean png = format[1] == 'n';
      double scale = png ? (dpi > 0 ? dpi : 96) / 72.0 : 1.0;

      for (guint i = 0; i < n_pages; i++)
        {
          g_autofree char *file = page_path (path, i, n_pages);
          cairo_surface_t *surface;
          cairo_status_t status;
          cairo_t *cr;

          if (png)
            surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                  (int) ceil (page_width * scale - 1e-6),
                                                  (int) ceil (page_height * scale - 1e-6));
          else
            surface = cairo_svg_surface_create (file, page_width, page_height);
          cr = cairo_create (surface);
          if (png)
            {
              cairo_set_source_rgb (cr, 1, 1, 1);
              cairo_paint (cr);
              cairo_scale (cr, scale, scale);
            }
          draw_page (document, cr, i);
          cairo_destroy (cr);
          if (png)
            status = cairo_surface_write_to_png (surface, file);
          else
            {
              cairo_surface_finish (surface);
              status = cairo_surface_status (surface);
            }
          cairo_surface_destroy (surface);
          if (!check_status (status, file, error))
            return NULL;
          g_ptr_array_add (written, g_steal_pointer (&file));
        }
    }
  else
    {
      g_set_error (error, TANDEM_LAYOUT_ERROR, TANDEM_LAYOUT_ERROR_FORMAT,
                   _("Unknown format “%s”: choose pdf, svg or png"), format != NULL ? format : "");
      return NULL;
    }
  return g_steal_pointer (&written);
}
