/* tandem-roadmap-render.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-roadmap-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "tandem-roadmap-render.h"

/* The roadmap on paper: columns across, lanes down, cards of fixed size in
 * each cell, so that a page break never cuts through a card and text can
 * only ever wrap and ellipsize inside its box.
 *
 * The board is measured in points at natural size ("board units") as a
 * column header row and a list of strips — a lane's title band, then its
 * rows of cards — and each layout maps it onto pages: fit scales it to the
 * page width and breaks between strips, a poster enlarges it over a grid of
 * pages, an overview shrinks it onto one.  A comparison adds pages listing
 * the changes. */

#define GAP         8.0
#define COLUMN_HEAD 24.0
#define LANE_BAND   20.0
#define EMPTY_ROW   20.0
#define COLUMN_W    (self->card_width + GAP)
#define ROW_H       (TANDEM_CARD_HEIGHT + GAP)
#define LIST_ROW    15.0
#define MAX_FIT_SCALE 1.25

typedef enum
{
  STRIP_LANE,
  STRIP_ROW,
} StripKind;

typedef struct
{
  StripKind kind;
  guint     lane;
  guint     row;
  double    height;
} Strip;

typedef struct
{
  guint first;      /* the first strip */
  guint n;          /* how many */
  guint tile_col;   /* POSTER: where the tile is */
  guint tile_row;
} Page;

struct _TandemRoadmapRender
{
  TandemRoadmap     *roadmap;
  TandemRoadmap     *before;
  GPtrArray         *changes;
  TandemPageOptions  options;

  double             card_width;  /* wider than natural when fit leaves room */
  guint              n_columns;
  guint              n_lanes;
  GPtrArray        **cells;       /* [lane * n_columns + column]: cards */
  GArray            *strips;
  double             board_width;
  double             board_height; /* the column header and every strip */

  GArray            *pages;       /* of Page: the board pages */
  double             scale;       /* board units to points */
  double             tile_step_x; /* POSTER: in points of the enlarged picture */
  double             tile_step_y;
  guint              rows_per_list_page;
  guint              n_list_pages;
};

typedef struct
{
  double r, g, b;
} Rgb;

static const Rgb status_colors[] = {
  { 0.60, 0.60, 0.59 },  /* idea */
  { 0.21, 0.52, 0.89 },  /* planned */
  { 0.90, 0.65, 0.04 },  /* in progress */
  { 0.18, 0.76, 0.49 },  /* shipped */
  { 0.75, 0.11, 0.16 },  /* dropped */
};

static const Rgb team_colors[] = {
  { 0.11, 0.44, 0.85 },  /* product */
  { 0.75, 0.38, 0.80 },  /* marketing */
  { 0.60, 0.42, 0.27 },  /* other */
};

static const Rgb added_color = { 0.15, 0.64, 0.41 };
static const Rgb removed_color = { 0.75, 0.11, 0.16 };
static const Rgb moved_color = { 0.10, 0.37, 0.71 };
static const Rgb changed_color = { 0.90, 0.38, 0.00 };
static const Rgb reordered_color = { 0.38, 0.53, 0.72 };

static void
set_rgb (cairo_t   *cr,
         const Rgb *color)
{
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
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

static const Rgb *
change_color (TandemChangeFlags flags,
              const char      **label)
{
  *label = tandem_change_get_label (flags);
  if (flags & TANDEM_CHANGE_ADDED)
    return &added_color;
  if (flags & TANDEM_CHANGE_REMOVED)
    return &removed_color;
  if (flags & TANDEM_CHANGE_MOVED)
    return &moved_color;
  if (flags & TANDEM_CHANGE_CHANGED)
    return &changed_color;
  if (flags & TANDEM_CHANGE_REORDERED)
    return &reordered_color;
  return NULL;
}

static void
union_extents (PangoRectangle *total,
               PangoLayout    *layout,
               double          x,
               double          y)
{
  PangoRectangle ink, logical;
  int x0, y0, x1, y1;

  if (total == NULL)
    return;
  pango_layout_get_extents (layout, &ink, &logical);
  /* The ink is what shows; take the logical box too, which holds it but
   * for glyphs that reach out of their line. */
  x0 = MIN (ink.x, logical.x) + (int) (x * PANGO_SCALE);
  y0 = MIN (ink.y, logical.y) + (int) (y * PANGO_SCALE);
  x1 = MAX (ink.x + ink.width, logical.x + logical.width) + (int) (x * PANGO_SCALE);
  y1 = MAX (ink.y + ink.height, logical.y + logical.height) + (int) (y * PANGO_SCALE);
  if (ink.width == 0 && logical.width == 0)
    return;
  if (total->width == 0 && total->height == 0)
    {
      total->x = x0;
      total->y = y0;
      total->width = x1 - x0;
      total->height = y1 - y0;
      return;
    }
  x1 = MAX (x1, total->x + total->width);
  y1 = MAX (y1, total->y + total->height);
  total->x = MIN (total->x, x0);
  total->y = MIN (total->y, y0);
  total->width = x1 - total->x;
  total->height = y1 - total->y;
}

/**
 * tandem_roadmap_render_card:
 * @text: (out) (optional): where the card's text went; the mark of a
 *   comparison, which sits on the card's top edge, is not part of it
 *
 * Draws @card in the box (0, 0, @width, @height): a status stripe, the title
 * on up to three lines, status and target, the owners with their teams'
 * colours, and the RICE score.
 */
void
tandem_roadmap_render_card (cairo_t                 *cr,
                            const TandemRoadmapCard *card,
                            double                   width,
                            double                   height,
                            TandemCardText          *text)
{
  const double pad = 6, stripe = 4;
  double x = stripe + pad, inner = width - x - pad;
  gboolean removed = card->change & TANDEM_CHANGE_REMOVED;
  const Rgb *status = &status_colors[CLAMP ((int) card->status, 0, (int) G_N_ELEMENTS (status_colors) - 1)];
  const char *mark = NULL;
  const Rgb *mark_color = change_color (card->change, &mark);
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) meta = NULL;
  g_autoptr(PangoLayout) score = NULL;
  g_autoptr(PangoLayout) owners = NULL;
  g_autofree char *meta_text = NULL;
  g_autofree char *score_text = NULL;
  PangoRectangle extents;
  double score_width = 0, owners_x = x;

  if (text != NULL)
    *text = (TandemCardText) { { 0, }, };

  cairo_save (cr);
  if (removed)
    cairo_push_group (cr);

  rounded_rectangle (cr, 0, 0, width, height, 4);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  if (mark_color != NULL)
    {
      set_rgb (cr, mark_color);
      cairo_set_line_width (cr, 1.8);
      if (removed)
        cairo_set_dash (cr, (double[]) { 4, 2 }, 2, 0);
    }
  else
    {
      cairo_set_source_rgb (cr, 0.75, 0.75, 0.77);
      cairo_set_line_width (cr, 0.7);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  cairo_save (cr);
  rounded_rectangle (cr, 0, 0, width, height, 4);
  cairo_clip (cr);
  set_rgb (cr, status);
  cairo_rectangle (cr, 0, 0, stripe, height);
  cairo_fill (cr);
  cairo_restore (cr);

  /* The score first: the status line gives it room on the right. */
  if (card->score > 0)
    {
      score_text = g_strdup_printf ("%s %.0f", _("RICE"), card->score);
      score = tandem_layout_text (cr, "Sans Bold 8", score_text, inner / 2, 1);
      pango_layout_get_extents (score, NULL, &extents);
      score_width = pango_units_to_double (extents.width);
    }

  title = tandem_layout_text (cr, "Sans Bold 10.5", card->title, inner, 3);
  if (removed)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_strikethrough_new (TRUE));
      pango_layout_set_attributes (title, attrs);
      pango_attr_list_unref (attrs);
    }
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.12);
  tandem_layout_show (cr, title, x, 6);
  union_extents (text != NULL ? &text->title : NULL, title, x, 6);

  if (card->target != NULL)
    meta_text = g_strdup_printf ("%s · %s", tandem_card_status_to_label (card->status), card->target);
  else
    meta_text = g_strdup (tandem_card_status_to_label (card->status));
  meta = tandem_layout_text (cr, "Sans 8.5", meta_text, inner - score_width - 6, 1);
  cairo_set_source_rgb (cr, 0.33, 0.33, 0.36);
  tandem_layout_show (cr, meta, x, height - 29);
  union_extents (text != NULL ? &text->status : NULL, meta, x, height - 29);
  if (score != NULL)
    {
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.24);
      tandem_layout_show (cr, score, x + inner - score_width, height - 29);
      union_extents (text != NULL ? &text->score : NULL, score, x + inner - score_width, height - 29);
    }

  for (guint i = 0; i < 2; i++)
    {
      int team = card->owner_teams[i];

      if (team < 0 || team >= (int) G_N_ELEMENTS (team_colors) || card->owners == NULL)
        continue;
      set_rgb (cr, &team_colors[team]);
      cairo_new_path (cr);
      cairo_arc (cr, owners_x + 3, height - 10.5, 3, 0, 2 * G_PI);
      cairo_fill (cr);
      owners_x += 8;
    }
  if (owners_x > x)
    owners_x += 2;
  owners = tandem_layout_text (cr, "Sans 8.5", card->owners != NULL ? card->owners : "",
                               x + inner - owners_x, 1);
  cairo_set_source_rgb (cr, 0.33, 0.33, 0.36);
  tandem_layout_show (cr, owners, owners_x, height - 16);
  union_extents (text != NULL ? &text->owners : NULL, owners, owners_x, height - 16);

  if (removed)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.6);
    }

  if (mark != NULL)
    {
      g_autoptr(PangoLayout) badge = tandem_layout_text (cr, "Sans Bold 7", mark, width / 2, 1);
      double w;

      pango_layout_get_extents (badge, NULL, &extents);
      w = pango_units_to_double (extents.width) + 8;
      rounded_rectangle (cr, width - w - 6, -5, w, 10, 3);
      set_rgb (cr, mark_color);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      tandem_layout_show (cr, badge, width - w - 2,
                          -pango_units_to_double (extents.height) / 2);
    }
  cairo_restore (cr);
}

static double
content_width (const TandemPageOptions *options)
{
  return options->page_width - 2 * options->margin;
}

static double
content_height (const TandemPageOptions *options)
{
  return options->page_height - 2 * options->margin - TANDEM_LAYOUT_HEADER_HEIGHT -
         TANDEM_LAYOUT_FOOTER_HEIGHT;
}

static guint
cell_rows (TandemRoadmapRender *self,
           guint                lane)
{
  guint rows = 0;

  for (guint c = 0; c < self->n_columns; c++)
    rows = MAX (rows, self->cells[lane * self->n_columns + c]->len);
  return rows;
}

static void
build_strips (TandemRoadmapRender *self)
{
  gboolean titled = self->n_lanes > 1 ||
                    ((TandemRoadmapAxis *) g_ptr_array_index (self->roadmap->lanes, 0))->title != NULL;

  self->strips = g_array_new (FALSE, FALSE, sizeof (Strip));
  self->board_height = COLUMN_HEAD;
  for (guint lane = 0; lane < self->n_lanes; lane++)
    {
      guint rows = cell_rows (self, lane);

      if (titled)
        {
          Strip band = { STRIP_LANE, lane, 0, LANE_BAND };

          g_array_append_val (self->strips, band);
          self->board_height += band.height;
        }
      for (guint row = 0; row < MAX (rows, 1); row++)
        {
          Strip strip = { STRIP_ROW, lane, row, rows == 0 ? EMPTY_ROW : ROW_H };

          g_array_append_val (self->strips, strip);
          self->board_height += strip.height;
        }
    }
}

/* Fit: the board as wide as the page, broken between strips; a lane's band
 * never ends a page, and a lane that goes on repeats its band. */
static void
paginate_fit (TandemRoadmapRender *self)
{
  double available;
  Page page = { 0, 0, 0, 0 };
  double used = COLUMN_HEAD;

  self->scale = MIN (content_width (&self->options) / self->board_width, 1.0);
  available = content_height (&self->options) / self->scale;

  for (guint i = 0; i < self->strips->len; i++)
    {
      Strip *strip = &g_array_index (self->strips, Strip, i);
      double need = strip->height;

      if (strip->kind == STRIP_LANE && i + 1 < self->strips->len)
        need += g_array_index (self->strips, Strip, i + 1).height;
      if (page.n > 0 && used + need > available)
        {
          g_array_append_val (self->pages, page);
          page.first = i;
          page.n = 0;
          used = COLUMN_HEAD + (strip->kind == STRIP_ROW ? LANE_BAND : 0);
        }
      used += strip->height;
      page.n++;
    }
  g_array_append_val (self->pages, page);
}

static void
paginate_overview (TandemRoadmapRender *self)
{
  Page page = { 0, self->strips->len, 0, 0 };

  self->scale = MIN (content_width (&self->options) / self->board_width,
                     content_height (&self->options) / self->board_height);
  self->scale = MIN (self->scale, MAX_FIT_SCALE);
  g_array_append_val (self->pages, page);
}

/* The poster's picture is the header and the board, at @scale; each page
 * shows a window of it, and neighbouring windows overlap. */
static void
paginate_poster (TandemRoadmapRender *self)
{
  const TandemPageOptions *o = &self->options;
  double tile_w = o->page_width - 2 * o->margin;
  double tile_h = o->page_height - 2 * o->margin;
  double overlap = MIN (o->poster_overlap, MIN (tile_w, tile_h) / 4);
  double picture_w = self->board_width;
  double picture_h = TANDEM_LAYOUT_HEADER_HEIGHT + self->board_height;
  guint cols = o->poster_columns, rows = o->poster_rows;

  self->tile_step_x = tile_w - overlap;
  self->tile_step_y = tile_h - overlap;
  if (cols == 0 || rows == 0)
    {
      self->scale = 1;
      cols = MAX (1, (guint) ceil ((picture_w - overlap) / self->tile_step_x));
      rows = MAX (1, (guint) ceil ((picture_h - overlap) / self->tile_step_y));
    }
  else
    self->scale = MIN ((cols * self->tile_step_x + overlap) / picture_w,
                       (rows * self->tile_step_y + overlap) / picture_h);

  for (guint r = 0; r < rows; r++)
    for (guint c = 0; c < cols; c++)
      {
        Page page = { 0, self->strips->len, c, r };

        g_array_append_val (self->pages, page);
      }
  self->options.poster_columns = cols;
  self->options.poster_rows = rows;
}

/**
 * tandem_roadmap_render_new:
 * @roadmap: what to draw; for a comparison, tandem_roadmap_new_marked()
 * @before: (nullable): for a comparison, the older roadmap
 * @changes: (nullable): for a comparison, tandem_roadmap_compare(): listed
 *   on pages after the board
 *
 * Returns: (transfer full): @roadmap laid out on pages as @options say.
 */
TandemRoadmapRender *
tandem_roadmap_render_new (TandemRoadmap           *roadmap,
                           TandemRoadmap           *before,
                           GPtrArray               *changes,
                           const TandemPageOptions *options)
{
  TandemRoadmapRender *self;
  g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lanes = g_hash_table_new (g_str_hash, g_str_equal);
  int laneless = -1;
  double list_height;

  g_return_val_if_fail (roadmap != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (TandemRoadmapRender, 1);
  self->roadmap = tandem_roadmap_ref (roadmap);
  self->before = before != NULL ? tandem_roadmap_ref (before) : NULL;
  self->changes = changes != NULL ? g_ptr_array_ref (changes) : NULL;
  self->options = *options;
  self->n_columns = MAX (1, roadmap->columns->len);
  self->n_lanes = MAX (1, roadmap->lanes->len);
  self->cells = g_new0 (GPtrArray *, self->n_columns * self->n_lanes);
  for (guint i = 0; i < self->n_columns * self->n_lanes; i++)
    self->cells[i] = g_ptr_array_new ();

  for (guint i = 0; i < roadmap->columns->len; i++)
    {
      TandemRoadmapAxis *axis = g_ptr_array_index (roadmap->columns, i);

      if (axis->id != NULL)
        g_hash_table_insert (columns, axis->id, GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < roadmap->lanes->len; i++)
    {
      TandemRoadmapAxis *axis = g_ptr_array_index (roadmap->lanes, i);

      if (axis->id != NULL)
        g_hash_table_insert (lanes, axis->id, GUINT_TO_POINTER (i + 1));
      else
        laneless = i;
    }
  for (guint i = 0; i < roadmap->cards->len; i++)
    {
      TandemRoadmapCard *card = g_ptr_array_index (roadmap->cards, i);
      guint column = card->column != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (columns, card->column)) : 0;
      guint lane = card->lane != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (lanes, card->lane)) : 0;

      column = column > 0 ? column - 1 : 0;
      lane = lane > 0 ? lane - 1 : (guint) MAX (laneless, 0);
      g_ptr_array_add (self->cells[lane * self->n_columns + column], card);
    }

  /* Fitting a narrow board to the page widens its cards rather than
   * enlarging them: more of them fit on a page. */
  self->card_width = TANDEM_CARD_WIDTH;
  if (options->kind == TANDEM_LAYOUT_FIT)
    self->card_width = CLAMP ((content_width (options) - GAP) / self->n_columns - GAP,
                              TANDEM_CARD_WIDTH, TANDEM_CARD_WIDTH * 1.6);
  self->board_width = self->n_columns * COLUMN_W + GAP;
  build_strips (self);
  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));
  switch (options->kind)
    {
    case TANDEM_LAYOUT_POSTER:
      paginate_poster (self);
      break;
    case TANDEM_LAYOUT_OVERVIEW:
      paginate_overview (self);
      break;
    case TANDEM_LAYOUT_FIT:
    default:
      paginate_fit (self);
      break;
    }

  list_height = content_height (&self->options) - LIST_ROW * 2;
  self->rows_per_list_page = MAX (1, (guint) floor (list_height / LIST_ROW));
  if (changes != NULL)
    self->n_list_pages = MAX (1, (changes->len + self->rows_per_list_page - 1) / self->rows_per_list_page);
  return self;
}

void
tandem_roadmap_render_free (TandemRoadmapRender *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->n_columns * self->n_lanes; i++)
    g_ptr_array_unref (self->cells[i]);
  g_free (self->cells);
  g_array_unref (self->strips);
  g_array_unref (self->pages);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->before, tandem_roadmap_unref);
  tandem_roadmap_unref (self->roadmap);
  g_free (self);
}

guint
tandem_roadmap_render_get_n_pages (TandemRoadmapRender *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len + self->n_list_pages;
}

/**
 * tandem_roadmap_render_get_n_board_pages:
 *
 * Returns: how many pages show the board; the list of changes follows them.
 */
guint
tandem_roadmap_render_get_n_board_pages (TandemRoadmapRender *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

/**
 * tandem_roadmap_render_get_options:
 *
 * Returns: the options, with the poster's pages across and down filled in.
 */
const TandemPageOptions *
tandem_roadmap_render_get_options (TandemRoadmapRender *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->options;
}

/* @with_author: FALSE in a comparison's header, which is long already. */
static char *
describe (TandemRoadmap *roadmap,
          gboolean       with_author)
{
  g_autofree char *date = tandem_layout_format_date (roadmap->date);

  if (roadmap->name == NULL)
    /* TRANSLATORS: in a print-out's header: the board as it is today, and the date */
    return g_strdup_printf (_("Current board · %s"), date);
  if (roadmap->author != NULL && with_author)
    /* TRANSLATORS: a snapshot's name, date and author */
    return g_strdup_printf (_("Snapshot “%s” · %s · by %s"), roadmap->name, date, roadmap->author);
  return g_strdup_printf (_("Snapshot “%s” · %s"), roadmap->name, date);
}

static char *
subtitle (TandemRoadmapRender *self)
{
  g_autofree char *after = describe (self->roadmap, self->before == NULL);
  g_autofree char *before = NULL;

  if (self->before == NULL)
    return g_steal_pointer (&after);
  before = describe (self->before, FALSE);
  /* TRANSLATORS: a comparison's header: from one roadmap to another, and how many changes */
  return g_strdup_printf (ngettext ("Changes from %s to %s · %u change",
                                    "Changes from %s to %s · %u changes",
                                    self->changes->len),
                          before, after, self->changes->len);
}

typedef struct
{
  const Rgb  *color;
  gboolean    dot;
  const char *label;
  double      space_before;
} LegendItem;

static double
legend_item (cairo_t          *cr,
             double            x,
             double            y,
             const LegendItem *item,
             gboolean          draw)
{
  g_autoptr(PangoLayout) layout = tandem_layout_text (cr, "Sans 8.5", item->label, 120, 1);
  PangoRectangle extents;

  x += item->space_before;
  if (draw)
    {
      set_rgb (cr, item->color);
      cairo_new_path (cr);
      if (item->dot)
        cairo_arc (cr, x + 3, y + 4.5, 3, 0, 2 * G_PI);
      else
        cairo_rectangle (cr, x, y + 1, 4, 8);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.33);
      tandem_layout_show (cr, layout, x + 8, y);
    }
  pango_layout_get_extents (layout, NULL, &extents);
  return x + 8 + pango_units_to_double (extents.width) + 10;
}

/* Status colours, team colours and, in a comparison, the marks: smaller
 * when they do not fit across the page, never cut off. */
static void
draw_legend (TandemRoadmapRender *self,
             cairo_t             *cr,
             double               x,
             double               y,
             double               right)
{
  const char *teams[] = { N_("Product"), N_("Marketing"), N_("Other team") };
  LegendItem items[G_N_ELEMENTS (status_colors) + G_N_ELEMENTS (team_colors) + 5];
  guint n = 0;
  double width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (status_colors); i++)
    items[n++] = (LegendItem) { &status_colors[i], FALSE, tandem_card_status_to_label (i), 0 };
  for (guint i = 0; i < G_N_ELEMENTS (team_colors); i++)
    items[n++] = (LegendItem) { &team_colors[i], TRUE, _(teams[i]), i == 0 ? 6 : 0 };
  if (self->changes != NULL)
    {
      items[n++] = (LegendItem) { &added_color, FALSE, _("Added"), 6 };
      items[n++] = (LegendItem) { &removed_color, FALSE, _("Removed"), 0 };
      items[n++] = (LegendItem) { &moved_color, FALSE, _("Moved"), 0 };
      items[n++] = (LegendItem) { &changed_color, FALSE, _("Changed"), 0 };
      items[n++] = (LegendItem) { &reordered_color, FALSE, _("Reordered"), 0 };
    }
  for (guint i = 0; i < n; i++)
    width = legend_item (cr, width, 0, &items[i], FALSE);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  if (width - 10 > right - x)
    cairo_scale (cr, (right - x) / (width - 10), (right - x) / (width - 10));
  x = 0;
  for (guint i = 0; i < n; i++)
    x = legend_item (cr, x, 0, &items[i], TRUE);
  cairo_restore (cr);
}

static void
draw_page_header (TandemRoadmapRender     *self,
                  cairo_t                 *cr,
                  const TandemPageOptions *options)
{
  g_autofree char *sub = subtitle (self);

  tandem_layout_draw_header (cr, options, self->roadmap->workspace_title, sub);
  draw_legend (self, cr, options->margin, options->margin + 38,
               options->page_width - options->margin);
}

static void
draw_column_heads (TandemRoadmapRender *self,
                   cairo_t             *cr)
{
  for (guint c = 0; c < self->n_columns; c++)
    {
      TandemRoadmapAxis *axis = c < self->roadmap->columns->len ? g_ptr_array_index (self->roadmap->columns, c) : NULL;
      g_autoptr(PangoLayout) layout = NULL;
      double x = GAP + c * COLUMN_W;

      rounded_rectangle (cr, x, 0, self->card_width, COLUMN_HEAD - 6, 3);
      cairo_set_source_rgb (cr, 0.24, 0.24, 0.28);
      cairo_fill (cr);
      layout = tandem_layout_text (cr, "Sans Bold 11", axis != NULL ? axis->title : "",
                                   self->card_width - 12, 1);
      cairo_set_source_rgb (cr, 1, 1, 1);
      tandem_layout_show (cr, layout, x + 6, 3);
    }
}

static void
draw_lane_band (TandemRoadmapRender *self,
                cairo_t             *cr,
                guint                lane,
                gboolean             continued,
                double               y)
{
  TandemRoadmapAxis *axis = g_ptr_array_index (self->roadmap->lanes, lane);
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  if (continued)
    /* TRANSLATORS: a lane's title on the page after it began */
    text = g_strdup_printf (_("%s (continued)"), axis->title != NULL ? axis->title : "");
  else
    text = g_strdup (axis->title != NULL ? axis->title : "");
  cairo_set_source_rgb (cr, 0.93, 0.93, 0.95);
  cairo_rectangle (cr, GAP, y + 2, self->board_width - 2 * GAP, LANE_BAND - 6);
  cairo_fill (cr);
  layout = tandem_layout_text (cr, "Sans Bold 9.5", text, self->board_width - 4 * GAP, 1);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.24);
  tandem_layout_show (cr, layout, 2 * GAP, y + 3);
}

static void
draw_row (TandemRoadmapRender *self,
          cairo_t             *cr,
          const Strip         *strip,
          double               y)
{
  for (guint c = 0; c < self->n_columns; c++)
    {
      GPtrArray *cell = self->cells[strip->lane * self->n_columns + c];

      if (strip->row >= cell->len)
        continue;
      cairo_save (cr);
      cairo_translate (cr, GAP + c * COLUMN_W, y + GAP / 2);
      tandem_roadmap_render_card (cr, g_ptr_array_index (cell, strip->row),
                                  self->card_width, TANDEM_CARD_HEIGHT, NULL);
      cairo_restore (cr);
    }
}

/* The board's strips [first, first + n) below the column heads, in board units. */
static void
draw_board (TandemRoadmapRender *self,
            cairo_t             *cr,
            guint                first,
            guint                n,
            double               clip_top,
            double               clip_bottom)
{
  double y = COLUMN_HEAD;

  draw_column_heads (self, cr);
  if (n > 0 && g_array_index (self->strips, Strip, first).kind == STRIP_ROW && first > 0 &&
      (self->n_lanes > 1 || ((TandemRoadmapAxis *) g_ptr_array_index (self->roadmap->lanes, 0))->title != NULL))
    {
      draw_lane_band (self, cr, g_array_index (self->strips, Strip, first).lane, TRUE, y);
      y += LANE_BAND;
    }
  for (guint i = first; i < first + n; i++)
    {
      const Strip *strip = &g_array_index (self->strips, Strip, i);

      /* A poster page draws only the strips it shows. */
      if (y + strip->height >= clip_top && y <= clip_bottom)
        {
          if (strip->kind == STRIP_LANE)
            draw_lane_band (self, cr, strip->lane, FALSE, y);
          else
            draw_row (self, cr, strip, y);
        }
      y += strip->height;
    }
}

static char *
footer_text (TandemRoadmapRender *self)
{
  if (self->roadmap->name != NULL)
    return g_strdup_printf ("%s · %s", self->roadmap->workspace_title, self->roadmap->name);
  return g_strdup (self->roadmap->workspace_title);
}

static void
draw_board_page (TandemRoadmapRender *self,
                 cairo_t             *cr,
                 const Page          *page)
{
  const TandemPageOptions *o = &self->options;

  draw_page_header (self, cr, o);
  cairo_save (cr);
  cairo_translate (cr, o->margin + (content_width (o) - self->board_width * self->scale) / 2,
                   o->margin + TANDEM_LAYOUT_HEADER_HEIGHT);
  cairo_scale (cr, self->scale, self->scale);
  draw_board (self, cr, page->first, page->n, -G_MAXDOUBLE, G_MAXDOUBLE);
  cairo_restore (cr);
}

static void
cut_mark (cairo_t *cr,
          double   x,
          double   y,
          double   dx,
          double   dy)
{
  cairo_move_to (cr, x + dx * 3, y + dy * 3);
  cairo_line_to (cr, x + dx * 15, y + dy * 15);
}

static void
draw_poster_page (TandemRoadmapRender *self,
                  cairo_t             *cr,
                  const Page          *page,
                  guint                index)
{
  const TandemPageOptions *o = &self->options;
  double tile_w = o->page_width - 2 * o->margin;
  double tile_h = o->page_height - 2 * o->margin;
  double ox = page->tile_col * self->tile_step_x;
  double oy = page->tile_row * self->tile_step_y;
  TandemPageOptions picture = *o;
  g_autofree char *where = NULL;
  g_autofree char *left = NULL;
  g_autoptr(PangoLayout) label = NULL;

  picture.margin = 0;
  picture.page_width = self->board_width;

  cairo_save (cr);
  cairo_rectangle (cr, o->margin, o->margin, tile_w, tile_h);
  cairo_clip (cr);
  cairo_translate (cr, o->margin - ox, o->margin - oy);
  cairo_scale (cr, self->scale, self->scale);
  draw_page_header (self, cr, &picture);
  cairo_translate (cr, 0, TANDEM_LAYOUT_HEADER_HEIGHT);
  draw_board (self, cr, 0, self->strips->len,
              oy / self->scale - TANDEM_LAYOUT_HEADER_HEIGHT,
              (oy + tile_h) / self->scale - TANDEM_LAYOUT_HEADER_HEIGHT);
  cairo_restore (cr);

  /* Cut marks at the corners of the printed area, and dotted lines where
   * the next page's picture begins, to glue along. */
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.4);
  for (int corner = 0; corner < 4; corner++)
    {
      double x = o->margin + (corner & 1 ? tile_w : 0);
      double y = o->margin + (corner & 2 ? tile_h : 0);
      double sx = corner & 1 ? 1 : -1, sy = corner & 2 ? 1 : -1;

      cut_mark (cr, x, y, sx, 0);
      cut_mark (cr, x, y, 0, sy);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, (double[]) { 2, 2 }, 2, 0);
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  if (page->tile_col + 1 < o->poster_columns)
    {
      cairo_move_to (cr, o->margin + self->tile_step_x, o->margin - 12);
      cairo_line_to (cr, o->margin + self->tile_step_x, o->margin - 2);
      cairo_move_to (cr, o->margin + self->tile_step_x, o->margin + tile_h + 2);
      cairo_line_to (cr, o->margin + self->tile_step_x, o->margin + tile_h + 12);
    }
  if (page->tile_row + 1 < o->poster_rows)
    {
      cairo_move_to (cr, o->margin - 12, o->margin + self->tile_step_y);
      cairo_line_to (cr, o->margin - 2, o->margin + self->tile_step_y);
      cairo_move_to (cr, o->margin + tile_w + 2, o->margin + self->tile_step_y);
      cairo_line_to (cr, o->margin + tile_w + 12, o->margin + self->tile_step_y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  /* TRANSLATORS: where a poster page goes: row and column of the grid */
  where = g_strdup_printf (_("Row %u of %u, column %u of %u · page %u of %u"),
                           page->tile_row + 1, o->poster_rows, page->tile_col + 1,
                           o->poster_columns, index + 1, tandem_roadmap_render_get_n_pages (self));
  left = footer_text (self);
  label = tandem_layout_text (cr, "Sans 8", where, tile_w - 24, 1);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.42);
  tandem_layout_show (cr, label, o->margin + 18, o->page_height - o->margin + 6);
  g_clear_object (&label);
  label = tandem_layout_text (cr, "Sans 8", left, tile_w - 24, 1);
  tandem_layout_show (cr, label, o->margin + 18, o->margin - 16);
}

static void
list_cell (cairo_t    *cr,
           const char *font,
           const char *text,
           double      x,
           double      y,
           double      width)
{
  g_autoptr(PangoLayout) layout = tandem_layout_text (cr, font, text, width - 6, 1);

  tandem_layout_show (cr, layout, x, y);
}

static void
draw_list_page (TandemRoadmapRender *self,
                cairo_t             *cr,
                guint                list_page)
{
  const TandemPageOptions *o = &self->options;
  double width = content_width (o);
  double widths[] = { 0.13, 0.33, 0.17, 0.17, 0.20 };
  const char *heads[] = { N_("Change"), N_("Card"), N_("Was"), N_("Now"), N_("Details") };
  double x, y = o->margin + TANDEM_LAYOUT_HEADER_HEIGHT;
  guint first = list_page * self->rows_per_list_page;

  draw_page_header (self, cr, o);
  x = o->margin;
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.24);
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      list_cell (cr, "Sans Bold 9.5", _(heads[i]), x, y, widths[i] * width);
      x += widths[i] * width;
    }
  y += LIST_ROW;
  if (self->changes->len == 0)
    {
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.33);
      list_cell (cr, "Sans 9.5", _("No changes"), o->margin, y + 4, width);
    }

  for (guint i = first; i < MIN (self->changes->len, first + self->rows_per_list_page); i++)
    {
      TandemChange *change = g_ptr_array_index (self->changes, i);
      const char *label = NULL;
      const Rgb *color = change_color (change->flags, &label);
      g_autofree char *details = tandem_change_dup_details (change);

      if ((i - first) % 2 == 0)
        {
          cairo_set_source_rgb (cr, 0.96, 0.96, 0.97);
          cairo_rectangle (cr, o->margin, y - 1, width, LIST_ROW);
          cairo_fill (cr);
        }
      x = o->margin;
      set_rgb (cr, color);
      cairo_rectangle (cr, x, y + 2, 4, 9);
      cairo_fill (cr);
      list_cell (cr, "Sans Bold 9", label, x + 7, y + 1, widths[0] * width - 7);
      x += widths[0] * width;
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.12);
      list_cell (cr, "Sans 9", change->title, x, y + 1, widths[1] * width);
      x += widths[1] * width;
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.33);
      list_cell (cr, "Sans 9", change->old_where != NULL ? change->old_where : "—", x, y + 1, widths[2] * width);
      x += widths[2] * width;
      list_cell (cr, "Sans 9", change->new_where != NULL ? change->new_where : "—", x, y + 1, widths[3] * width);
      x += widths[3] * width;
      list_cell (cr, "Sans 9", details, x, y + 1, widths[4] * width);
      y += LIST_ROW;
    }
}

/**
 * tandem_roadmap_render_draw_page:
 * @cr: a context whose user units are points, with the page at the origin
 * @page: from 0 to tandem_roadmap_render_get_n_pages() - 1
 */
void
tandem_roadmap_render_draw_page (TandemRoadmapRender *self,
                                 cairo_t             *cr,
                                 guint                page)
{
  g_autofree char *left = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < tandem_roadmap_render_get_n_pages (self));

  cairo_save (cr);
  if (page >= self->pages->len)
    draw_list_page (self, cr, page - self->pages->len);
  else if (self->options.kind == TANDEM_LAYOUT_POSTER)
    {
      draw_poster_page (self, cr, &g_array_index (self->pages, Page, page), page);
      cairo_restore (cr);
      return;
    }
  else
    draw_board_page (self, cr, &g_array_index (self->pages, Page, page));

  left = footer_text (self);
  tandem_layout_draw_footer (cr, &self->options, left, page, tandem_roadmap_render_get_n_pages (self));
  cairo_restore (cr);
}

static void
draw_page_cb (gpointer  document,
              cairo_t  *cr,
              guint     page)
{
  tandem_roadmap_render_draw_page (document, cr, page);
}

/**
 * tandem_roadmap_render_export:
 *
 * Writes every page; see tandem_layout_export().
 *
 * Returns: (transfer full): the paths written, or %NULL with @error set.
 */
GPtrArray *
tandem_roadmap_render_export (TandemRoadmapRender  *self,
                              const char           *format,
                              const char           *path,
                              double                dpi,
                              GError              **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  return tandem_layout_export (self, draw_page_cb, tandem_roadmap_render_get_n_pages (self),
                               self->options.page_width, self->options.page_height,
                               format, path, dpi, error);
}
