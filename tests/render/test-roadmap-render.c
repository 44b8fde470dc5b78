/* test-roadmap-render.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tandem-file.h"
#include "tandem-roadmap-render.h"

static TandemWorkspace *
load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples",
                                            "orbit.tandem", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TandemWorkspace *workspace = tandem_file_load (file, NULL, &error);

  g_assert_no_error (error);
  return workspace;
}

static const char * const hard_titles[] = {
  "Offline mode for the mobile apps, with conflict resolution, background sync and a queue of edits that survives restarts",
  "オフライン同期とバックグラウンド更新、競合の解決、再起動後も残る編集キュー、通知の一括配信と既読管理の改善",
  "团队日程的离线同步与后台刷新以及冲突解决和重启后仍然保留的编辑队列与通知批量推送",
  "المزامنة دون اتصال للتطبيقات المحمولة مع حل التعارضات والمزامنة في الخلفية وقائمة انتظار التعديلات",
  "סנכרון לא מקוון לאפליקציות הניידות עם פתרון התנגשויות, סנכרון ברקע ותור עריכות שנשמר לאחר הפעלה מחדש",
  "🚀📅 Launch week 🎉✨ with emoji everywhere 🧑‍🤝‍🧑🌍🔥💡📈🛠️ and more 🚀📅🎉✨🧑‍🤝‍🧑🌍🔥💡📈🛠️",
  "Supercalifragilisticexpialidocious-booking-page-customisation-without-any-spaces-at-all-whatsoever",
  "Mixed: Offline 同步 مع المزامنة and שלום 🚀 together in one very long title that must wrap and end",
};

/* No card's text leaves its box, whatever the script: measured with Pango,
 * and checked on the pixels around a card drawn in the middle of a white
 * surface. */
static void
test_card_text_fits (void)
{
  const double margin = 12;
  int width = (int) (TANDEM_CARD_WIDTH + 2 * margin), height = (int) (TANDEM_CARD_HEIGHT + 2 * margin);

  for (guint i = 0; i < G_N_ELEMENTS (hard_titles); i++)
    {
      TandemRoadmapCard card = {
        .card = (char *) "k-test", .title = (char *) hard_titles[i],
        .status = TANDEM_CARD_STATUS_IN_PROGRESS, .target = (char *) "2027-Q2",
        .owners = (char *) "María López · 渡辺健二 · مريم الحسيني · Zoë Lindqvist-Johansson",
        .owner_teams = { TANDEM_TEAM_PRODUCT, TANDEM_TEAM_MARKETING }, .score = 123456.0,
      };
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cairo_t *cr = cairo_create (surface);
      TandemCardText text;
      const PangoRectangle *pieces[4] = { &text.title, &text.status, &text.score, &text.owners };
      const guint8 *data;
      int stride;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_translate (cr, margin, margin);
      tandem_roadmap_render_card (cr, &card, TANDEM_CARD_WIDTH, TANDEM_CARD_HEIGHT, &text);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      for (guint p = 0; p < G_N_ELEMENTS (pieces); p++)
        {
          const PangoRectangle *r = pieces[p];

          g_test_message ("title %u, piece %u: at %g,%g size %g×%g", i, p, pango_units_to_double (r->x),
                          pango_units_to_double (r->y), pango_units_to_double (r->width),
                          pango_units_to_double (r->height));
          g_assert_cmpint (r->width, >, 0);
          g_assert_cmpint (r->height, >, 0);
          g_assert_cmpint (r->x, >=, 0);
          g_assert_cmpint (r->y, >=, 0);
          g_assert_cmpint (r->x + r->width, <=, (int) (TANDEM_CARD_WIDTH * PANGO_SCALE));
          g_assert_cmpint (r->y + r->height, <=, (int) (TANDEM_CARD_HEIGHT * PANGO_SCALE));
        }
      /* The title stops above the status line, which is beside the score
       * and above the owners. */
      g_assert_cmpint (text.title.y + text.title.height, <=, text.status.y);
      g_assert_cmpint (text.status.x + text.status.width, <=, text.score.x);
      g_assert_cmpint (text.status.y + text.status.height, <=, text.owners.y + PANGO_SCALE);

      /* Everything outside the box (and its border's half width) stays white. */
      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          {
            gboolean inside = x >= margin - 2 && x < margin + TANDEM_CARD_WIDTH + 2 &&
                              y >= margin - 2 && y < margin + TANDEM_CARD_HEIGHT + 2;
            guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);

            if (!inside && (pixel & 0xffffff) != 0xffffff)
              g_error ("title %u draws at %d,%d outside its card", i, x, y);
          }
      cairo_surface_destroy (surface);
    }
}

typedef struct
{
  const char        *paper;
  TandemOrientation  orientation;
  TandemLayoutKind   kind;
  guint              pages;
} PageCount;

/* The sample: 34 cards, 3 columns, 4 lanes of 3 to 4 rows of cards. */
static void
test_page_counts (void)
{
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  g_autoptr(TandemRoadmap) roadmap = tandem_roadmap_new_current (workspace);
  const PageCount counts[] = {
    { "a4", TANDEM_ORIENTATION_LANDSCAPE, TANDEM_LAYOUT_FIT, 4 },
    { "a4", TANDEM_ORIENTATION_PORTRAIT, TANDEM_LAYOUT_FIT, 2 },
    { "a3", TANDEM_ORIENTATION_LANDSCAPE, TANDEM_LAYOUT_FIT, 2 },
    { "letter", TANDEM_ORIENTATION_LANDSCAPE, TANDEM_LAYOUT_FIT, 4 },
    { "tabloid", TANDEM_ORIENTATION_PORTRAIT, TANDEM_LAYOUT_FIT, 2 },
    { "a4", TANDEM_ORIENTATION_LANDSCAPE, TANDEM_LAYOUT_POSTER, 3 },
    { "a4", TANDEM_ORIENTATION_PORTRAIT, TANDEM_LAYOUT_POSTER, 4 },
    { "a3", TANDEM_ORIENTATION_PORTRAIT, TANDEM_LAYOUT_POSTER, 2 },
    { "a4", TANDEM_ORIENTATION_LANDSCAPE, TANDEM_LAYOUT_OVERVIEW, 1 },
    { "letter", TANDEM_ORIENTATION_PORTRAIT, TANDEM_LAYOUT_OVERVIEW, 1 },
  };

  g_assert_cmpuint (roadmap->cards->len, ==, 34);
  g_assert_cmpuint (roadmap->columns->len, ==, 3);
  g_assert_cmpuint (roadmap->lanes->len, ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      TandemPageOptions options;
      g_autoptr(TandemRoadmapRender) render = NULL;

      tandem_page_options_init (&options, counts[i].paper, counts[i].orientation, counts[i].kind);
      render = tandem_roadmap_render_new (roadmap, NULL, NULL, &options);
      g_test_message ("%s %d layout %d: %u pages", counts[i].paper, counts[i].orientation,
                      counts[i].kind, tandem_roadmap_render_get_n_pages (render));
      g_assert_cmpuint (tandem_roadmap_render_get_n_pages (render), ==, counts[i].pages);
      g_assert_cmpuint (tandem_roadmap_render_get_n_board_pages (render), ==, counts[i].pages);
    }
}

static void
test_poster_pages (void)
{
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  g_autoptr(TandemRoadmap) roadmap = tandem_roadmap_new_current (workspace);

  for (guint cols = 1; cols <= 3; cols++)
    for (guint rows = 1; rows <= 3; rows++)
      {
        TandemPageOptions options;
        g_autoptr(TandemRoadmapRender) render = NULL;

        tandem_page_options_init (&options, "a4", TANDEM_ORIENTATION_PORTRAIT, TANDEM_LAYOUT_POSTER);
        options.poster_columns = cols;
        options.poster_rows = rows;
        render = tandem_roadmap_render_new (roadmap, NULL, NULL, &options);
        g_assert_cmpuint (tandem_roadmap_render_get_n_pages (render), ==, cols * rows);
        g_assert_cmpuint (tandem_roadmap_render_get_options (render)->poster_columns, ==, cols);
      }
}

/* More cards never take fewer pages, and a comparison adds its list. */
static void
test_pages_grow_with_the_board (void)
{
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  TandemSnapshot *snapshot = tandem_snapshots_find (workspace, "Q4 planning baseline");
  g_autoptr(TandemRoadmap) before = NULL;
  g_autoptr(TandemRoadmap) after = tandem_roadmap_new_current (workspace);
  g_autoptr(TandemRoadmap) marked = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(TandemRoadmapRender) plain = NULL;
  g_autoptr(TandemRoadmapRender) compared = NULL;
  TandemPageOptions options;

  g_assert_nonnull (snapshot);
  before = tandem_roadmap_new_from_snapshot (workspace, snapshot);
  changes = tandem_roadmap_compare (before, after);
  /* The snapshot's entries differ from today in 8 cards, but one of them only
   * in its rank string: a card moved in above it, and it kept its order
   * among the cards that stayed, so it is no change. */
  g_assert_cmpuint (changes->len, ==, 7);
  marked = tandem_roadmap_new_marked (before, after, changes);

  tandem_page_options_init (&options, "a4", TANDEM_ORIENTATION_LANDSCAPE, TANDEM_LAYOUT_FIT);
  plain = tandem_roadmap_render_new (after, NULL, NULL, &options);
  compared = tandem_roadmap_render_new (marked, before, changes, &options);
  g_assert_cmpuint (tandem_roadmap_render_get_n_board_pages (compared), ==,
                    tandem_roadmap_render_get_n_board_pages (plain));
  g_assert_cmpuint (tandem_roadmap_render_get_n_pages (compared), ==,
                    tandem_roadmap_render_get_n_pages (plain) + 1);

  for (guint n = 0; n < 3; n++)
    {
      g_autoptr(TandemRoadmapRender) more = NULL;
      TandemRoadmapCard *card;
      TandemRoadmapCard *first = g_ptr_array_index (after->cards, 0);

      /* Twelve more cards in the first cell make its lane taller. */
      for (guint i = 0; i < 12; i++)
        {
          card = g_new0 (TandemRoadmapCard, 1);
          card->card = g_strdup_printf ("k-extra%u%u", n, i);
          card->title = g_strdup ("Extra");
          card->column = g_strdup (first->column);
          card->lane = g_strdup (first->lane);
          card->rank = g_strdup ("a0");
          card->owner_teams[0] = card->owner_teams[1] = -1;
          g_ptr_array_insert (after->cards, 1, card);
        }
      more = tandem_roadmap_render_new (after, NULL, NULL, &options);
      g_assert_cmpuint (tandem_roadmap_render_get_n_pages (more), >,
                        tandem_roadmap_render_get_n_pages (plain));
    }
}

static gboolean
band_has_color (cairo_surface_t *surface,
                int              top,
                int              bottom,
                double           r,
                double           g,
                double           b)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 want = ((guint32) (r * 255 + 0.5) << 16) | ((guint32) (g * 255 + 0.5) << 8) | (guint32) (b * 255 + 0.5);

  for (int y = top; y < bottom; y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
        int dr = (int) (pixel >> 16) - (int) (want >> 16);
        int dg = (int) ((pixel >> 8) & 0xff) - (int) ((want >> 8) & 0xff);
        int db = (int) (pixel & 0xff) - (int) (want & 0xff);

        if (ABS (dr) <= 2 && ABS (dg) <= 2 && ABS (db) <= 2)
          return TRUE;
      }
  return FALSE;
}

/* A comparison's legend is longer than a portrait page is wide: it shrinks
 * to fit rather than losing its last marks (Reordered's swatch is the
 * last), and stays inside the margins. */
static void
test_legend_fits (void)
{
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  g_autoptr(TandemRoadmap) before = tandem_roadmap_new_from_snapshot (workspace, tandem_snapshots_find (workspace, "Q4 planning baseline"));
  g_autoptr(TandemRoadmap) after = tandem_roadmap_new_current (workspace);
  g_autoptr(GPtrArray) changes = tandem_roadmap_compare (before, after);
  g_autoptr(TandemRoadmap) marked = tandem_roadmap_new_marked (before, after, changes);
  g_autoptr(TandemRoadmapRender) render = NULL;
  TandemPageOptions options;
  cairo_surface_t *surface;
  cairo_t *cr;
  int top, bottom;

  tandem_page_options_init (&options, "a4", TANDEM_ORIENTATION_PORTRAIT, TANDEM_LAYOUT_FIT);
  render = tandem_roadmap_render_new (marked, before, changes, &options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) options.page_width, (int) options.page_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  /* Only the header: the legend's band, left of the page's right margin. */
  top = (int) (options.margin + 36);
  bottom = (int) (options.margin + TANDEM_LAYOUT_HEADER_HEIGHT - 2);
  cairo_rectangle (cr, 0, 0, options.page_width - options.margin, bottom);
  cairo_clip (cr);
  tandem_roadmap_render_draw_page (render, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_true (band_has_color (surface, top, bottom, 0.15, 0.64, 0.41));  /* Added */
  g_assert_true (band_has_color (surface, top, bottom, 0.90, 0.38, 0.00));  /* Changed */
  g_assert_true (band_has_color (surface, top, bottom, 0.38, 0.53, 0.72));  /* Reordered */
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/roadmap/card-text-fits", test_card_text_fits);
  g_test_add_func ("/render/roadmap/page-counts", test_page_counts);
  g_test_add_func ("/render/roadmap/poster-pages", test_poster_pages);
  g_test_add_func ("/render/roadmap/pages-grow-with-the-board", test_pages_grow_with_the_board);
  g_test_add_func ("/render/roadmap/legend-fits", test_legend_fits);

  return g_test_run ();
}
