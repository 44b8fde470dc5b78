/* bench-board.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "tandem-board-private.h"
#include "tandem-gui.h"
#include "tandem-object-private.h"
#include "tandem-window-private.h"
#include "tandem-workspace-private.h"

/* The roadmap board with a large workspace, under Xvfb with GSK_RENDERER=cairo:
 *
 *   populate   time from handing the loaded workspace to the window to the
 *              first frame painted with the board filled in
 *   indicator  frames while a drag's drop indicator follows the pointer
 *   reorder    frames that each move a card one place within its cell
 *   across     frames that each move a card to the next column (a drop)
 *
 * A frame's time is read from the frame clock: from its before-paint to its
 * after-paint signal, so it covers the change made in the frame's update
 * phase, layout and painting.  Usage: bench-board [N_CARDS] (default 5000). */

#define N_FRAMES 150

typedef struct
{
  TandemBoard *board;
  BoardCell   *cell;
  BoardCell   *other;
  TandemObject *card;
  const char  *scenario;
  guint        frame;
  gint64       frame_start;
  double       update_ms;   /* the part of the frames spent making the change */
  GArray      *times;      /* double, ms */
  gboolean     done;
} Bench;

static TandemWorkspace *
generate (guint n_cards)
{
  static const char *tags[] = { "mobile", "teams", "api", "booking", "smb", "enterprise", "growth", NULL };
  static const char *lanes[] = { "Mobile", "Collaboration", "Integrations", "Platform" };
  TandemWorkspace *ws = tandem_workspace_new ();
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GPtrArray) lane_objects = g_ptr_array_new ();
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  g_auto(GStrv) ranks = tandem_rank_sequence (NULL, NULL, n_cards);
  g_auto(GStrv) small_ranks = tandem_rank_sequence (NULL, NULL, 4);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  tandem_object_set_detached (ws, "title", "Benchmark", NULL);
  columns = g_ptr_array_new ();
  for (guint i = 0; i < 3; i++)
    {
      TandemObject *column = g_object_new (TANDEM_TYPE_COLUMN, NULL);
      const char *titles[] = { "Now", "Next", "Later" };
      g_autofree char *id = tandem_id_new ("c");

      _tandem_object_set_id (column, id);
      tandem_object_set_detached (column, "title", titles[i], "rank", small_ranks[i], NULL);
      _tandem_workspace_load_append (ws, NULL, column);
      g_ptr_array_add (columns, column);
    }
  for (guint i = 0; i < 4; i++)
    {
      TandemObject *lane = g_object_new (TANDEM_TYPE_LANE, NULL);
      g_autofree char *id = tandem_id_new ("l");

      _tandem_object_set_id (lane, id);
      tandem_object_set_detached (lane, "title", lanes[i], "rank", small_ranks[i], NULL);
      _tandem_workspace_load_append (ws, NULL, lane);
      g_ptr_array_add (lane_objects, lane);
    }
  for (guint i = 0; i < 6; i++)
    {
      TandemObject *person = g_object_new (TANDEM_TYPE_PERSON, NULL);
      g_autofree char *id = tandem_id_new ("p");
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      _tandem_object_set_id (person, id);
      tandem_object_set_detached (person, "name", name, "team", i % 2, NULL);
      _tandem_workspace_load_append (ws, NULL, person);
      g_ptr_array_add (people, person);
    }
  for (guint i = 0; i < n_cards; i++)
    {
      TandemObject *card = g_object_new (TANDEM_TYPE_CARD, NULL);
      g_autofree char *id = tandem_id_new ("k");
      g_autofree char *title = g_strdup_printf ("Roadmap item %u: a feature with a longer title", i);
      const char *card_tags[] = { tags[i % 7], tags[(i / 7) % 7], NULL };

      _tandem_object_set_id (card, id);
      tandem_object_set_detached (card, "title", title,
                                  "column", tandem_object_get_id (g_ptr_array_index (columns, g_rand_int_range (rand, 0, 3))),
                                  "lane", tandem_object_get_id (g_ptr_array_index (lane_objects, g_rand_int_range (rand, 0, 4))),
                                  "rank", ranks[i],
                                  "status", g_rand_int_range (rand, 0, 5),
                                  "pm", tandem_object_get_id (g_ptr_array_index (people, 0 + 2 * g_rand_int_range (rand, 0, 3))),
                                  "pmm", tandem_object_get_id (g_ptr_array_index (people, 1 + 2 * g_rand_int_range (rand, 0, 3))),
                                  "target", "2027-Q2",
                                  "reach", g_rand_int_range (rand, 100, 5000),
                                  "impact", 1.0, "confidence", 80, "effort", 2.0,
                                  "tags", card_tags, NULL);
      _tandem_workspace_load_append (ws, NULL, card);
    }
  return ws;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (Bench *bench)
{
  GArray *t = bench->times;
  double sum = 0;

  g_array_sort (t, compare_doubles);
  for (guint i = 0; i < t->len; i++)
    sum += g_array_index (t, double, i);
  printf ("%-10s frames %3u  median %6.2f ms  p95 %6.2f ms  max %6.2f ms  mean %6.2f ms"
          "  (of which the change %5.2f ms)\n",
          bench->scenario, t->len, g_array_index (t, double, t->len / 2),
          g_array_index (t, double, (guint) (t->len * 0.95)), g_array_index (t, double, t->len - 1),
          sum / t->len, bench->update_ms / t->len);
  fflush (stdout);
}

static void
before_paint_cb (GdkFrameClock *clock,
                 Bench         *bench)
{
  bench->frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  double ms = (g_get_monotonic_time () - bench->frame_start) / 1000.0;

  /* The first frames settle the layout after the scenario starts. */
  if (bench->frame > 2)
    g_array_append_val (bench->times, ms);
}

/* One change per frame, made in the frame's update phase. */
static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Bench *bench = user_data;
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  gint64 start = g_get_monotonic_time ();

  if (++bench->frame > N_FRAMES + 2)
    {
      bench->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  if (g_str_equal (bench->scenario, "indicator"))
    {
      int height = gtk_widget_get_height (bench->cell->overlay);

      _tandem_board_show_indicator (bench->board, bench->cell, (bench->frame * 7) % MAX (height, 1));
    }
  else if (g_str_equal (bench->scenario, "reorder"))
    {
      g_ptr_array_add (cards, bench->card);
      /* Down one place, then back up. */
      _tandem_board_move (bench->board, cards, bench->cell, bench->frame % 2 ? 2 : 0);
    }
  else
    {
      BoardCell *to = bench->frame % 2 ? bench->other : bench->cell;

      g_ptr_array_add (cards, bench->card);
      _tandem_board_move (bench->board, cards, to, 1);
    }
  if (bench->frame > 2)
    bench->update_ms += (g_get_monotonic_time () - start) / 1000.0;
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static void
run_scenario (Bench      *bench,
              const char *scenario)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->board));
  gulong before = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), bench);
  gulong after = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
  TandemWorkspace *workspace = tandem_board_get_workspace (bench->board);
  guint64 revision;

  bench->scenario = scenario;
  bench->frame = 0;
  bench->done = FALSE;
  bench->update_ms = 0;
  bench->times = g_array_new (FALSE, FALSE, sizeof (double));
  revision = tandem_workspace_get_revision (workspace);
  gtk_widget_add_tick_callback (GTK_WIDGET (bench->board), tick_cb, bench, NULL);
  while (!bench->done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, before);
  g_signal_handler_disconnect (clock, after);

  /* What was timed is what the figures say: a frame painted for each
   * change, each move an edit of the workspace, the card still on the board. */
  g_assert_cmpuint (bench->times->len, >=, N_FRAMES);
  if (g_str_equal (scenario, "indicator"))
    g_assert_cmpuint (tandem_workspace_get_revision (workspace), ==, revision);
  else
    g_assert_cmpuint (tandem_workspace_get_revision (workspace), >=, revision + N_FRAMES);
  g_assert_nonnull (_tandem_board_find_cell (bench->board, bench->card));
  report (bench);
  g_array_unref (bench->times);
}

static void
first_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint n_cards = argc > 1 ? (guint) atoi (argv[1]) : 5000;
  g_autoptr(AdwApplication) application = NULL;
  g_autoptr(TandemWorkspace) workspace = NULL;
  TandemWindow *window;
  Bench bench = { 0 };
  gboolean painted = FALSE;
  gint64 start;
  gint64 generation;
  gulong handler;

  if (!gtk_init_check ())
    {
      printf ("no display: run under xvfb-run\n");
      return 0;
    }
  application = adw_application_new ("io.github.tandemplanner.Tandem.Bench", G_APPLICATION_NON_UNIQUE);
  g_application_set_resource_base_path (G_APPLICATION (application), RESOURCE_BASE);
  g_application_register (G_APPLICATION (application), NULL, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  window = tandem_window_new (GTK_APPLICATION (application));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);

  generation = g_get_monotonic_time ();
  workspace = generate (n_cards);
  generation = g_get_monotonic_time () - generation;

  /* Populate: from the model handed over to the first frame painted. */
  handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                              G_CALLBACK (first_paint_cb), &painted);
  start = g_get_monotonic_time ();
  _tandem_window_set_workspace (window, workspace, NULL);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), handler);
  printf ("board with %u cards (renderer %s)\n", n_cards,
          g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "default");
  printf ("generate   %8.1f ms  (the model, not part of the board)\n", generation / 1000.0);
  printf ("populate   %8.1f ms  (%u card widgets bound)\n", (g_get_monotonic_time () - start) / 1000.0,
          g_hash_table_size (window->board->bound));
  /* Filled, and with widgets for the cards near the view only. */
  g_assert_cmpuint (g_hash_table_size (window->board->bound), >, 0);
  g_assert_cmpuint (g_hash_table_size (window->board->bound), <, MAX (n_cards / 4, 1000));

  bench.board = window->board;
  bench.cell = _tandem_board_get_cell (window->board, 0, 0);
  bench.other = _tandem_board_get_cell (window->board, 1, 0);
  bench.card = g_list_model_get_item (G_LIST_MODEL (bench.cell->filtered), 0);
  g_object_unref (bench.card);

  run_scenario (&bench, "indicator");
  run_scenario (&bench, "reorder");
  run_scenario (&bench, "across");

  tandem_workspace_mark_saved (workspace, tandem_workspace_get_revision (workspace));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
