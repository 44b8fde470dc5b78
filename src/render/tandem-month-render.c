/* tandem-month-render.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-month-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-month-render.h"

/* A month of the launch calendar on paper, one month a page: a grid of the
 * weeks that touch the month, launches as chips in their tier's colour on
 * their day and tasks as smaller lines below them, as the calendar pane shows
 * them.  A day holds what fits and ends in "+N more"; every piece of text
 * wraps or ellipsizes inside its box.
 *
 * What the pages show is copied out of the workspace when the render is made,
 * so drawing (a print preview, a background export) never reads the model. */

#define WEEKDAY_HEAD 16.0
#define DAY_NUMBER   13.0
#define CELL_PAD     2.5
#define ITEM_GAP     1.5
#define MORE_HEIGHT  10.0
#define LEGEND_Y     38.0

typedef struct
{
  GDate      month;   /* its first day */
  guint      first;   /* the Julian day of the grid's top left cell */
  guint      n_weeks;
  GPtrArray *days;    /* [day of the month - 1]: GPtrArray of TandemMonthItem */
} MonthPage;

struct _TandemMonthRender
{
  TandemPageOptions  options;
  GDateWeekday       week_start;
  char              *workspace_title;
  char              *printed;
  GArray            *pages;   /* of MonthPage */
};

typedef struct
{
  double r, g, b;
} Rgb;

/* The calendar pane's tier colours (tandem-calendar.css). */
static const Rgb tier_colors[] = {
  { 0.753, 0.110, 0.157 },  /* Tier 1: #c01c28 */
  { 0.110, 0.443, 0.847 },  /* Tier 2: #1c71d8 */
  { 0.149, 0.635, 0.412 },  /* Tier 3: #26a269 */
};

static const Rgb *
tier_color (int tier)
{
  return &tier_colors[CLAMP (tier, 1, (int) G_N_ELEMENTS (tier_colors)) - 1];
}

static void
item_free (TandemMonthItem *item)
{
  g_free (item->title);
  g_free (item);
}

static TandemMonthItem *
item_new (TandemObject *object)
{
  TandemMonthItem *item = g_new0 (TandemMonthItem, 1);
  int offset;

  item->launch = TANDEM_IS_LAUNCH (object);
  if (item->launch)
    {
      item->title = g_strdup (tandem_object_get_string (object, "title"));
      item->tier = tandem_object_get_int (object, "tier");
      return item;
    }
  offset = tandem_object_get_int (object, "offset");
  item->done = tandem_object_get_int (object, "done") != 0;
  /* As the calendar pane's chips: "T-7", "T0", "T+14". */
  if (offset == 0)
    item->title = g_strdup_printf ("T0 %s", tandem_object_get_string (object, "title"));
  else
    item->title = g_strdup_printf ("T%+d %s", offset, tandem_object_get_string (object, "title"));
  return item;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   w,
                   double   h,
                   double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Compact, a launch's title takes up to two lines and a task's one;
 * otherwise three and two. */
static PangoLayout *
item_layout (cairo_t               *cr,
             const TandemMonthItem *item,
             double                 width,
             gboolean               compact)
{
  PangoLayout *layout;

  if (item->launch)
    return tandem_layout_text (cr, "Sans Bold 7.5", item->title, width - 6, compact ? 2 : 3);
  layout = tandem_layout_text (cr, "Sans 6.5", item->title, width - 7, compact ? 1 : 2);
  if (item->done)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_strikethrough_new (TRUE));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

static double
item_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.height) + 2;
}

/**
 * tandem_month_render_item:
 * @width: the width of the day's box
 * @compact: whether the day is short of room
 * @text: (out) (optional): where the text went, in Pango units from the
 *   item's corner
 *
 * Draws @item at (0, 0): a launch as a chip in its tier's colour with its
 * title on up to three lines (two when @compact), a task as a smaller line
 * with a bullet that wraps to two lines unless @compact, struck through when
 * done.
 *
 * Returns: the height it took.
 */
double
tandem_month_render_item (cairo_t               *cr,
                          const TandemMonthItem *item,
                          double                 width,
                          gboolean               compact,
                          PangoRectangle        *text)
{
  g_autoptr(PangoLayout) layout = NULL;
  double height, x;

  g_return_val_if_fail (item != NULL, 0);

  layout = item_layout (cr, item, width, compact);
  height = item_height (layout);
  cairo_save (cr);
  if (item->launch)
    {
      const Rgb *color = tier_color (item->tier);

      rounded_rectangle (cr, 0, 0, width, height, 2);
      cairo_set_source_rgb (cr, color->r, color->g, color->b);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      x = 3;
    }
  else
    {
      cairo_set_source_rgb (cr, 0.45, 0.45, 0.48);
      cairo_rectangle (cr, 1, 4.5, 3, 3);
      cairo_fill (cr);
      if (item->done)
        cairo_set_source_rgb (cr, 0.5, 0.5, 0.52);
      else
        cairo_set_source_rgb (cr, 0.15, 0.15, 0.18);
      x = 6;
    }
  tandem_layout_show (cr, layout, x, 1);
  if (text != NULL)
    {
      PangoRectangle ink, logical;

      pango_layout_get_extents (layout, &ink, &logical);
      text->x = MIN (ink.x, logical.x) + (int) (x * PANGO_SCALE);
      text->y = MIN (ink.y, logical.y) + PANGO_SCALE;
      text->width = MAX (ink.x + ink.width, logical.x + logical.width) - MIN (ink.x, logical.x);
      text->height = MAX (ink.y + ink.height, logical.y + logical.height) - MIN (ink.y, logical.y);
    }
  cairo_restore (cr);
  return height;
}

static void
month_page_clear (MonthPage *page)
{
  g_ptr_array_unref (page->days);
}

/**
 * tandem_month_render_new:
 * @month: a day of the first month to draw
 * @n_months: how many months, one a page
 * @week_start: the first day of each week, e.g.
 *   tandem_launch_ops_locale_week_start()
 *
 * Returns: (transfer full): the months' launches and tasks laid out on
 *   @options' paper; the layout kind is not used.
 */
TandemMonthRender *
tandem_month_render_new (TandemWorkspace         *workspace,
                         const GDate             *month,
                         guint                    n_months,
                         GDateWeekday             week_start,
                         const TandemPageOptions *options)
{
  TandemMonthRender *self;
  g_autoptr(GHashTable) by_day = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate first;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (month != NULL && g_date_valid (month), NULL);
  g_return_val_if_fail (n_months > 0, NULL);
  g_return_val_if_fail (g_date_valid_weekday (week_start), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (TandemMonthRender, 1);
  self->options = *options;
  self->week_start = week_start;
  self->workspace_title = g_strdup (tandem_object_get_string (TANDEM_OBJECT (workspace), "title"));
  /* TRANSLATORS: the date of a print-out; see strftime(3) */
  self->printed = g_date_time_format (now, _("%-d %B %Y"));
  self->pages = g_array_new (FALSE, TRUE, sizeof (MonthPage));
  g_array_set_clear_func (self->pages, (GDestroyNotify) month_page_clear);

  by_day = tandem_launch_ops_index_by_day (workspace);
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, g_date_get_month (month), g_date_get_year (month));
  for (guint m = 0; m < n_months; m++)
    {
      MonthPage page = { first, 0, 0, NULL };
      guint n_days = g_date_get_days_in_month (g_date_get_month (&first), g_date_get_year (&first));
      guint back = ((int) g_date_get_weekday (&first) - (int) week_start + 7) % 7;

      page.first = g_date_get_julian (&first) - back;
      page.n_weeks = (back + n_days + 6) / 7;
      page.days = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      for (guint d = 0; d < n_days; d++)
        {
          GPtrArray *objects = g_hash_table_lookup (by_day,
                                                    GUINT_TO_POINTER (g_date_get_julian (&first) + d));
          GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);

          if (objects != NULL)
            tandem_launch_ops_sort_day (objects);
          for (guint i = 0; objects != NULL && i < objects->len; i++)
            g_ptr_array_add (items, item_new (g_ptr_array_index (objects, i)));
          g_ptr_array_add (page.days, items);
        }
      g_array_append_val (self->pages, page);
      g_date_add_months (&first, 1);
    }
  return self;
}

void
tandem_month_render_free (TandemMonthRender *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->pages);
  g_free (self->workspace_title);
  g_free (self->printed);
  g_free (self);
}

guint
tandem_month_render_get_n_pages (TandemMonthRender *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

const TandemPageOptions *
tandem_month_render_get_options (TandemMonthRender *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->options;
}

static void
draw_legend (cairo_t                 *cr,
             const TandemPageOptions *o)
{
  TandemMonthItem items[] = {
    { TRUE, (char *) _("Tier 1 launch"), 1, FALSE },
    { TRUE, (char *) _("Tier 2 launch"), 2, FALSE },
    { TRUE, (char *) _("Tier 3 launch"), 3, FALSE },
    { FALSE, (char *) _("Task"), 0, FALSE },
    { FALSE, (char *) _("Task done"), 0, TRUE },
  };
  double x = o->margin, right = o->page_width - o->margin;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(PangoLayout) layout = item_layout (cr, &items[i], 200, TRUE);
      PangoRectangle logical;
      double w;

      pango_layout_get_extents (layout, NULL, &logical);
      w = pango_units_to_double (logical.width) + (items[i].launch ? 8 : 9);
      if (x + w > right)
        break;
      cairo_save (cr);
      cairo_translate (cr, x, o->margin + LEGEND_Y);
      tandem_month_render_item (cr, &items[i], w, TRUE, NULL);
      cairo_restore (cr);
      x += w + 10;
    }
}

static void
draw_weekdays (TandemMonthRender *self,
               cairo_t           *cr,
               double             x,
               double             y,
               double             cell_w)
{
  GDate day;

  /* 1 January 2023 was a Sunday. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1 + (self->week_start % 7), G_DATE_JANUARY, 2023);
  for (guint d = 0; d < 7; d++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      char name[64];

      if (g_date_strftime (name, sizeof name, "%A", &day) == 0)
        name[0] = '\0';
      layout = tandem_layout_text (cr, "Sans Bold 8.5", name, cell_w - 2 * CELL_PAD, 1);
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.33);
      tandem_layout_show (cr, layout, x + d * cell_w + CELL_PAD, y + 2);
      g_date_add_days (&day, 1);
    }
}

static double
items_height (cairo_t   *cr,
              GPtrArray *items,
              double     width,
              gboolean   compact)
{
  double total = 0;

  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(PangoLayout) layout = item_layout (cr, g_ptr_array_index (items, i), width, compact);

      total += item_height (layout) + ITEM_GAP;
    }
  return total;
}

static void
draw_day (cairo_t   *cr,
          GPtrArray *items,
          double     x,
          double     y,
          double     w,
          double     h)
{
  double bottom = y + h - CELL_PAD, used = y + DAY_NUMBER + 1;
  double inner = w - 2 * CELL_PAD;
  gboolean compact = used + items_height (cr, items, inner, FALSE) - ITEM_GAP > bottom;
  guint shown = 0;

  /* Longer text while the day has room for it; then take items while they
   * fit, keeping room for "+N more" unless the last one fits where it
   * would go. */
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  for (guint i = 0; i < items->len; i++)
    {
      TandemMonthItem *item = g_ptr_array_index (items, i);
      g_autoptr(PangoLayout) layout = item_layout (cr, item, inner, compact);
      double need = item_height (layout);
      gboolean last = i + 1 == items->len;

      if (used + need > (last ? bottom : bottom - MORE_HEIGHT))
        break;
      cairo_save (cr);
      cairo_translate (cr, x + CELL_PAD, used);
      tandem_month_render_item (cr, item, inner, compact, NULL);
      cairo_restore (cr);
      used += need + ITEM_GAP;
      shown++;
    }
  if (shown < items->len)
    {
      /* TRANSLATORS: what does not fit on a day of a printed month */
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more", "+%u more",
                                                            items->len - shown),
                                               items->len - shown);
      g_autoptr(PangoLayout) layout = tandem_layout_text (cr, "Sans Bold 6.5", more, inner, 1);

      cairo_set_source_rgb (cr, 0.2, 0.2, 0.24);
      tandem_layout_show (cr, layout, x + CELL_PAD, MIN (used, bottom - MORE_HEIGHT + 1));
    }
  cairo_restore (cr);
}

/**
 * tandem_month_render_draw_page:
 * @cr: a context whose user units are points, with the page at the origin
 */
void
tandem_month_render_draw_page (TandemMonthRender *self,
                               cairo_t           *cr,
                               guint              page)
{
  const TandemPageOptions *o;
  const MonthPage *month;
  g_autofree char *subtitle = NULL;
  char month_name[128];
  double grid_x, grid_y, cell_w, cell_h;
  guint month_start;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);

  o = &self->options;
  month = &g_array_index (self->pages, MonthPage, page);
  if (g_date_strftime (month_name, sizeof month_name, "%B %Y", &month->month) == 0)
    month_name[0] = '\0';
  /* TRANSLATORS: a printed month's header: the month, and the day it was printed */
  subtitle = g_strdup_printf (_("Launch calendar · %s · printed %s"), month_name, self->printed);

  cairo_save (cr);
  tandem_layout_draw_header (cr, o, self->workspace_title, subtitle);
  draw_legend (cr, o);

  grid_x = o->margin;
  grid_y = o->margin + TANDEM_LAYOUT_HEADER_HEIGHT;
  cell_w = (o->page_width - 2 * o->margin) / 7;
  cell_h = (o->page_height - 2 * o->margin - TANDEM_LAYOUT_HEADER_HEIGHT - WEEKDAY_HEAD -
            TANDEM_LAYOUT_FOOTER_HEIGHT) / month->n_weeks;
  draw_weekdays (self, cr, grid_x, grid_y, cell_w);
  grid_y += WEEKDAY_HEAD;

  month_start = g_date_get_julian (&month->month);
  for (guint i = 0; i < 7 * month->n_weeks; i++)
    {
      double x = grid_x + (i % 7) * cell_w, y = grid_y + (i / 7) * cell_h;
      guint julian = month->first + i;
      gboolean in_month = julian >= month_start && julian - month_start < month->days->len;
      g_autoptr(PangoLayout) number = NULL;
      char text[8];
      GDate day;

      if (!in_month)
        {
          cairo_set_source_rgb (cr, 0.95, 0.95, 0.96);
          cairo_rectangle (cr, x, y, cell_w, cell_h);
          cairo_fill (cr);
        }
      g_date_clear (&day, 1);
      g_date_set_julian (&day, julian);
      g_snprintf (text, sizeof text, "%u", g_date_get_day (&day));
      number = tandem_layout_text (cr, in_month ? "Sans Bold 8" : "Sans 8", text, cell_w, 1);
      if (in_month)
        cairo_set_source_rgb (cr, 0.2, 0.2, 0.24);
      else
        cairo_set_source_rgb (cr, 0.6, 0.6, 0.62);
      tandem_layout_show (cr, number, x + CELL_PAD + 1, y + 1.5);
      if (in_month)
        draw_day (cr, g_ptr_array_index (month->days, julian - month_start), x, y, cell_w, cell_h);
    }

  /* The grid's lines over the cells. */
  cairo_set_source_rgb (cr, 0.75, 0.75, 0.77);
  cairo_set_line_width (cr, 0.6);
  for (guint r = 0; r <= month->n_weeks; r++)
    {
      cairo_move_to (cr, grid_x, grid_y + r * cell_h);
      cairo_line_to (cr, grid_x + 7 * cell_w, grid_y + r * cell_h);
    }
  for (guint c = 0; c <= 7; c++)
    {
      cairo_move_to (cr, grid_x + c * cell_w, grid_y);
      cairo_line_to (cr, grid_x + c * cell_w, grid_y + month->n_weeks * cell_h);
    }
  cairo_stroke (cr);

  tandem_layout_draw_footer (cr, o, self->workspace_title, page, self->pages->len);
  cairo_restore (cr);
}

static void
draw_page_cb (gpointer  document,
              cairo_t  *cr,
              guint     page)
{
  tandem_month_render_draw_page (document, cr, page);
}

/**
 * tandem_month_render_export:
 *
 * Writes every page; see tandem_layout_export().
 *
 * Returns: (transfer full): the paths written, or %NULL with @error set.
 */
GPtrArray *
tandem_month_render_export (TandemMonthRender  *self,
                            const char         *format,
                            const char         *path,
                            double              dpi,
                            GError            **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  return tandem_layout_export (self, draw_page_cb, self->pages->len,
                               self->options.page_width, self->options.page_height,
                               format, path, dpi, error);
}
