/* test-interviews.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tandem-board-private.h"
#include "tandem-card-widget.h"
#include "tandem-file.h"
#include "tandem-gui.h"
#include "tandem-interviews.h"
#include "tandem-snippet.h"
#include "tandem-window-private.h"

#include "gui-test-utils.h"

/* The Interviews page under Xvfb, on the Orbit sample: highlight words, link
 * them to a card through the picker, type before a highlight, search without
 * accents, filter, import, add and delete, edit the tag set.  Where xdotool
 * and X11 are there, keys and clicks go through the X server as a user's do. */

#define OSKAR           "i-8nra2ek9g7wy"
#define POLLING         "h-j2pnzb643b1y"   /* [151, 217) of Oskar's notes */
#define CALDAV          "k-g11591mzf899"   /* "Two-way CalDAV sync" */

static AdwApplication *application;
static char *tmpdir;

/* What the X server shows, for a person to look at. */
static void
screenshot_root (GtkWidget  *widget,
                 const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autofree char *command = g_strdup_printf ("import -window root %s", path);
  int status = 0;

  gui_test_wait_for_frames (widget, 1);
  gui_test_iterate (200);
  if (g_find_program_in_path ("import") == NULL)
    return;
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_test_message ("screenshot: %s", path);
}

typedef struct
{
  TandemWindow     *window;
  TandemInterviews *interviews;
  TandemWorkspace  *workspace;
  gulong            xid;
} Fixture;

static void
fixture_init (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples",
                                            "orbit.tandem", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->workspace = tandem_file_load (file, NULL, &error);
  g_assert_no_error (error);
  f->window = tandem_window_new (GTK_APPLICATION (application));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  _tandem_window_set_workspace (f->window, f->workspace, NULL);
  f->interviews = f->window->interviews;
  g_assert_true (tandem_interviews_get_workspace (f->interviews) == f->workspace);
  adw_view_stack_set_visible_child_name (f->window->view_stack, "interviews");
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_for_frames (GTK_WIDGET (f->interviews), 1);
  WAIT_FOR (_tandem_interviews_is_index_ready (f->interviews));
  if (GDK_IS_X11_SURFACE (gtk_native_get_surface (GTK_NATIVE (f->window))))
    f->xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (f->window)));
}

static gboolean
need_x11 (Fixture *f)
{
  if (f->xid == 0 || g_find_program_in_path ("xdotool") == NULL)
    {
      g_test_skip ("needs X11 and xdotool");
      return FALSE;
    }
  return TRUE;
}

static gpointer
template_child (Fixture    *f,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->interviews), TANDEM_TYPE_INTERVIEWS, name);

  g_assert_nonnull (child);
  return child;
}

/* Clicks the middle of @widget with the pointer, in the X window of its
 * native: the window, or a popover's own surface. */
static void
click (Fixture   *f,
       GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  int x;
  int y;

  gui_test_wait_for_frames (widget, 1);
  gui_test_window_point (GTK_WIDGET (native), widget, 0.5, 0.5, &x, &y);
  /* Move first and let GTK see the pointer arrive, as a hand does. */
  gui_test_run ("xdotool mousemove --window %lu %d %d",
                gdk_x11_surface_get_xid (gtk_native_get_surface (native)), x - 2, y - 2);
  gui_test_run ("xdotool mousemove --window %lu %d %d",
                gdk_x11_surface_get_xid (gtk_native_get_surface (native)), x, y);
  gui_test_iterate (100);
  gui_test_run ("xdotool click 1");
}

static void
fixture_clear (Fixture       *f,
               gconstpointer  data)
{
  tandem_workspace_mark_saved (f->workspace, tandem_workspace_get_revision (f->workspace));
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->workspace);
  gui_test_iterate (50);
}

static TandemObject *
lookup (Fixture    *f,
        const char *id)
{
  TandemObject *object = tandem_workspace_lookup (f->workspace, id);

  g_assert_nonnull (object);
  return object;
}

static GtkTextBuffer *
buffer_of (Fixture *f)
{
  return gtk_text_view_get_buffer (_tandem_interviews_get_text_view (f->interviews));
}

static char *
buffer_text (Fixture *f)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer_of (f), &start, &end);
  return gtk_text_buffer_get_text (buffer_of (f), &start, &end, TRUE);
}

/* Selects the first occurrence of @words in the editor. */
static void
select_words (Fixture    *f,
              const char *words,
              int        *start_out,
              int        *end_out)
{
  g_autofree char *text = buffer_text (f);
  const char *hit = strstr (text, words);
  GtkTextIter start;
  GtkTextIter end;

  g_assert_nonnull (hit);
  *start_out = g_utf8_pointer_to_offset (text, hit);
  *end_out = *start_out + g_utf8_strlen (words, -1);
  gtk_text_buffer_get_iter_at_offset (buffer_of (f), &start, *start_out);
  gtk_text_buffer_get_iter_at_offset (buffer_of (f), &end, *end_out);
  gtk_text_buffer_select_range (buffer_of (f), &start, &end);
}

static gboolean
has_tag_at (Fixture    *f,
            int         offset,
            const char *prefix)
{
  GtkTextIter iter;
  g_autoptr(GSList) tags = NULL;

  gtk_text_buffer_get_iter_at_offset (buffer_of (f), &iter, offset);
  tags = gtk_text_iter_get_tags (&iter);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      if (name != NULL && g_str_has_prefix (name, prefix))
        return TRUE;
    }
  return FALSE;
}

static guint
n_rows (GtkListBox *box)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (box, n) != NULL)
    n++;
  return n;
}

/* The highlight's row beside the editor. */
static GtkWidget *
row_of (Fixture      *f,
        TandemObject *highlight)
{
  GtkListBox *box = _tandem_interviews_get_highlights_box (f->interviews);

  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (box, i)) != NULL; i++)
    {
      GtkWidget *content = gtk_list_box_row_get_child (row);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (content), "highlight-id"),
                     tandem_object_get_id (highlight)) == 0)
        return content;
    }
  return NULL;
}

static TandemObject *
newest_highlight (TandemObject *interview,
                  guint         n_before)
{
  GListModel *children = G_LIST_MODEL (tandem_object_get_children (interview));

  g_assert_cmpuint (g_list_model_get_n_items (children), ==, n_before + 1);
  return g_list_model_get_item (children, n_before);
}

static void
test_highlight_and_link (Fixture       *f,
                         gconstpointer  data)
{
  TandemObject *oskar = lookup (f, OSKAR);
  GListModel *children = G_LIST_MODEL (tandem_object_get_children (oskar));
  guint n_before = g_list_model_get_n_items (children);
  g_autoptr(TandemObject) highlight = NULL;
  GtkWidget *row;
  GtkWidget *menu_button;
  GtkPopover *picker;
  GtkWidget *search;
  GtkWidget *list;
  guint evidence_before = 0;
  guint evidence_after = 0;
  guint weight = 0;
  int start;
  int end;

  tandem_notes_ops_get_evidence (f->workspace, CALDAV, &evidence_before, NULL);
  tandem_interviews_select (f->interviews, oskar);
  g_assert_true (tandem_interviews_get_selected (f->interviews) == oskar);
  g_assert_cmpuint (n_rows (_tandem_interviews_get_highlights_box (f->interviews)), ==, n_before);

  /* Select words, Highlight. */
  select_words (f, "signed webhooks with retries", &start, &end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->interviews), "interviews.highlight", NULL));
  highlight = newest_highlight (oskar, n_before);
  g_assert_cmpint (tandem_object_get_int (highlight, "start"), ==, start);
  g_assert_cmpint (tandem_object_get_int (highlight, "end"), ==, end);
  g_assert_cmpstr (tandem_object_get_string (highlight, "quote"), ==, "signed webhooks with retries");
  WAIT_FOR (row_of (f, highlight) != NULL);
  g_assert_true (has_tag_at (f, start + 3, "highlight-"));
  g_assert_false (has_tag_at (f, start - 2, "highlight-"));

  /* Tag it, weigh it. */
  g_assert_true (gtk_widget_activate_action (row_of (f, highlight), "interviews.toggle-tag", "(ss)",
                                             tandem_object_get_id (highlight), "need"));
  g_assert_true (gtk_widget_activate_action (row_of (f, highlight), "interviews.set-weight", "(si)",
                                             tandem_object_get_id (highlight), 3));
  g_assert_true (g_strv_contains (tandem_object_get_list (highlight, "tags"), "need"));
  g_assert_cmpint (tandem_object_get_int (highlight, "weight"), ==, 3);

  /* Link it to a card with the searchable picker. */
  WAIT_FOR ((row = row_of (f, highlight)) != NULL);
  gui_test_iterate (50);
  row = row_of (f, highlight);
  menu_button = gui_test_find_child (row, GTK_TYPE_MENU_BUTTON, 0);
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  picker = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  search = gui_test_find_child (GTK_WIDGET (picker), GTK_TYPE_SEARCH_ENTRY, 0);
  list = gui_test_find_child (GTK_WIDGET (picker), GTK_TYPE_LIST_VIEW, 0);
  gtk_editable_set_text (GTK_EDITABLE (search), "caldav");
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))) == 1);
  g_signal_emit_by_name (list, "activate", 0);
  g_assert_cmpstr (tandem_object_get_string (highlight, "card"), ==, CALDAV);

  /* The card's evidence goes up by one interview, weight 3 more. */
  tandem_notes_ops_get_evidence (f->workspace, CALDAV, &evidence_after, &weight);
  g_assert_cmpuint (evidence_after, ==, evidence_before + 1);
  g_assert_cmpuint (weight, >=, 3);
  WAIT_FOR (row_of (f, highlight) != NULL &&
            strstr (gtk_label_get_label (GTK_LABEL (gui_test_find_child (gui_test_find_child (row_of (f, highlight),
                                                                                                 GTK_TYPE_MENU_BUTTON, 0),
                                                                             GTK_TYPE_LABEL, 0))),
                    "Two-way CalDAV sync · ") != NULL);

  screenshot_root (GTK_WIDGET (f->window), "interviews-highlight.png");

  /* One undo unlinks; the evidence goes back down. */
  g_assert_true (tandem_workspace_undo (f->workspace));
  tandem_notes_ops_get_evidence (f->workspace, CALDAV, &evidence_after, NULL);
  g_assert_cmpuint (evidence_after, ==, evidence_before);
}

static void
test_type_before_highlight (Fixture       *f,
                            gconstpointer  data)
{
  TandemObject *oskar = lookup (f, OSKAR);
  TandemObject *polling = lookup (f, POLLING);
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  g_autofree char *text = NULL;

  tandem_interviews_select (f->interviews, oskar);
  buffer = buffer_of (f);
  g_assert_true (has_tag_at (f, 151, "highlight-"));

  /* Type at the very start, as the keyboard does, word by word. */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  for (const char *p = "Call: "; *p != '\0'; p++)
    g_assert_true (gtk_text_buffer_insert_interactive_at_cursor (buffer, p, 1, TRUE));

  g_assert_true (g_str_has_prefix (tandem_object_get_string (oskar, "notes"), "Call: Fjordline"));
  g_assert_cmpint (tandem_object_get_int (polling, "start"), ==, 157);
  g_assert_cmpint (tandem_object_get_int (polling, "end"), ==, 223);
  g_assert_true (tandem_notes_ops_is_anchored (TANDEM_HIGHLIGHT (polling), tandem_object_get_string (oskar, "notes")));
  gui_test_iterate (50);
  g_assert_true (has_tag_at (f, 157, "highlight-"));
  g_assert_false (has_tag_at (f, 155, "highlight-"));

  /* Delete inside it with the keyboard's path. */
  {
    GtkTextIter a;
    GtkTextIter b;

    gtk_text_buffer_get_iter_at_offset (buffer, &a, 160);
    gtk_text_buffer_get_iter_at_offset (buffer, &b, 161);
    g_assert_true (gtk_text_buffer_delete_interactive (buffer, &a, &b, TRUE));
  }
  g_assert_cmpint (tandem_object_get_int (polling, "end"), ==, 222);

  /* Undo the deletion, then the word "Call:" as a whole, then the space. */
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpint (tandem_object_get_int (polling, "end"), ==, 223);
  while (tandem_object_get_int (polling, "start") != 151 && tandem_workspace_undo (f->workspace))
    ;
  text = buffer_text (f);
  g_assert_cmpstr (text, ==, tandem_object_get_string (oskar, "notes"));
  g_assert_true (g_str_has_prefix (text, "Fjordline"));
  g_assert_cmpint (tandem_object_get_int (polling, "start"), ==, 151);
  g_assert_true (has_tag_at (f, 151, "highlight-"));
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  GtkEditable *entry = _tandem_interviews_get_search_entry (f->interviews);
  TandemObject *zoe;
  guint n_searches;
  const char *snippet;
  g_autofree char *text = NULL;
  const char *hit;

  zoe = tandem_workspace_create (f->workspace, TANDEM_TYPE_INTERVIEW, NULL,
                                 "customer", "Zoë Dubois", "company", "Café Lumière", "segment", "smb",
                                 "notes", "We book tables for the café terrace by phone.\nPricing per seat hurts.",
                                 NULL);

  /* Let the search of the empty entry the page starts with go by. */
  gui_test_iterate (100);
  n_searches = _tandem_interviews_get_n_searches (f->interviews);
  gtk_editable_set_text (entry, "cafe");
  WAIT_FOR (_tandem_interviews_get_n_searches (f->interviews) > n_searches &&
            _tandem_interviews_get_n_shown (f->interviews) < 9);
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), ==, 1);
  /* The count says how many of all the search shows. */
  {
    guint all = g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_interviews (f->workspace)));
    g_autofree char *count = g_strdup_printf ("1 of %u interviews", all);

    g_assert_cmpstr (gtk_label_get_label (template_child (f, "summary_label")), ==, count);
  }
  /* The row shows where it matched, the match in bold. */
  WAIT_FOR ((snippet = _tandem_interviews_get_snippet (f->interviews, zoe)) != NULL);
  g_assert_nonnull (strstr (snippet, "<b>café</b> terrace"));

  /* Two words must both match, accents either way. */
  n_searches = _tandem_interviews_get_n_searches (f->interviews);
  gtk_editable_set_text (entry, "CAFÉ pricing");
  /* Replacing the text clears it first: wait for the search of the words. */
  WAIT_FOR (_tandem_interviews_get_n_searches (f->interviews) > n_searches + 1 ||
            _tandem_interviews_get_n_shown (f->interviews) == 1);
  WAIT_FOR (_tandem_interviews_get_n_shown (f->interviews) == 1);
  WAIT_FOR ((snippet = _tandem_interviews_get_snippet (f->interviews, zoe)) != NULL &&
            strstr (snippet, "<b>Pricing</b>") != NULL);
  g_assert_nonnull (strstr (snippet, "<b>café</b>"));
  g_assert_null (_tandem_interviews_get_snippet (f->interviews, lookup (f, "i-8nra2ek9g7wy")));

  /* The editor marks the matches. */
  tandem_interviews_select (f->interviews, zoe);
  text = buffer_text (f);
  hit = strstr (text, "café");
  g_assert_nonnull (hit);
  g_assert_true (has_tag_at (f, g_utf8_pointer_to_offset (text, hit) + 1, "search-match"));
  g_assert_false (has_tag_at (f, 0, "search-match"));

  screenshot_root (GTK_WIDGET (f->window), "interviews-search.png");

  n_searches = _tandem_interviews_get_n_searches (f->interviews);
  gtk_editable_set_text (entry, "");
  WAIT_FOR (_tandem_interviews_get_n_searches (f->interviews) > n_searches);
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_interviews (f->workspace))));
  g_assert_cmpstr (gtk_label_get_label (template_child (f, "summary_label")), ==,
                   tandem_interviews_get_summary (f->interviews));
}

static TandemObject *
shown_at (Fixture *f,
          guint    position)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (template_child (f, "list_view")));
  g_autoptr(TandemObject) interview = g_list_model_get_item (model, position);

  return interview;
}

/* What the snippet of an interview made by test_search_scroll() holds: its
 * own plan number after the marked words. */
static char *
marked_plan (TandemObject *interview)
{
  const char *customer = tandem_object_get_string (interview, "customer");

  return g_strdup_printf ("The <b>Zéphyr</b> <b>plan</b> %d came up", atoi (customer + strlen ("Customer ")));
}

static guint
n_with_snippet (Fixture *f)
{
  guint n = 0;

  for (guint i = 0; i < _tandem_interviews_get_n_shown (f->interviews); i++)
    if (_tandem_interviews_get_snippet (f->interviews, shown_at (f, i)) != NULL)
      n++;
  return n;
}

/* Many results: the rows in view show their snippets, and a row scrolled
 * into view shows its own, with its matches marked; rows out of view are
 * left for when they are seen. */
static void
test_search_scroll (Fixture       *f,
                    gconstpointer  data)
{
  GtkEditable *entry = _tandem_interviews_get_search_entry (f->interviews);
  GtkWidget *list = template_child (f, "list_view");
  TandemObject *last;
  const char *snippet;
  guint n_searches;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *customer = g_strdup_printf ("Customer %02u", i);
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + i % 12, 1 + i % 28);
      g_autofree char *notes = g_strdup_printf ("Call number %u.%*s The Zéphyr plan %u came up; "
                                                "they asked about zephyr twice.", i, (int) (i * 7 % 300), "", i);

      tandem_workspace_create (f->workspace, TANDEM_TYPE_INTERVIEW, NULL, "customer", customer,
                               "company", "Windy", "date", date, "notes", notes, NULL);
    }
  gui_test_iterate (100);
  n_searches = _tandem_interviews_get_n_searches (f->interviews);
  gtk_editable_set_text (entry, "zephyr PLAN");
  WAIT_FOR (_tandem_interviews_get_n_searches (f->interviews) > n_searches &&
            _tandem_interviews_get_n_shown (f->interviews) == 60);

  /* The rows in view show snippets at once, without scrolling; not all 60
   * fit, and the others wait until they are seen. */
  WAIT_FOR (n_with_snippet (f) > 0);
  g_assert_cmpuint (n_with_snippet (f), >=, 5);
  g_assert_cmpuint (n_with_snippet (f), <=, 40);

  /* At the top, the first rows show each its own snippet. */
  gtk_widget_activate_action (list, "list.scroll-to-item", "u", 0);
  gui_test_wait_for_frames (list, 1);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *want = marked_plan (shown_at (f, i));

      snippet = _tandem_interviews_get_snippet (f->interviews, shown_at (f, i));
      g_assert_nonnull (snippet);
      g_assert_nonnull (strstr (snippet, want));
      g_assert_cmpstr (_tandem_interviews_get_row_title (f->interviews, shown_at (f, i)), ==,
                       tandem_object_get_string (shown_at (f, i), "customer"));
    }
  last = shown_at (f, 59);
  g_assert_null (_tandem_interviews_get_snippet (f->interviews, last));

  /* A row selected out of view (as a keyboard move does, before the view
   * follows) shows its interview at once: a screen reader reads it before
   * the next frame.  (GTK 4.8 binds all 60 rows, most of them blank.) */
  {
    TandemObject *selected = shown_at (f, 58);

    g_assert_cmpstr (_tandem_interviews_get_row_title (f->interviews, selected), ==, "");
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list))), 58, TRUE);
    g_assert_cmpstr (_tandem_interviews_get_row_title (f->interviews, selected), ==,
                     tandem_object_get_string (selected, "customer"));
  }

  /* Scrolled to the end, the last row shows its customer and snippet in
   * the first frame that shows the row. */
  gtk_widget_activate_action (list, "list.scroll-to-item", "u", 59);
  gui_test_wait_for_frames (list, 1);
  snippet = _tandem_interviews_get_snippet (f->interviews, last);
  g_assert_nonnull (snippet);
  g_assert_cmpstr (_tandem_interviews_get_row_title (f->interviews, last), ==,
                   tandem_object_get_string (last, "customer"));
  {
    g_autofree char *want = marked_plan (last);

    g_assert_nonnull (strstr (snippet, want));
  }
  screenshot_root (GTK_WIDGET (f->window), "interviews-search-scrolled.png");
}

/* A snippet is two lines high whatever its text, so that new text only
 * needs drawing; its text is what it reads out. */
static void
test_snippet_size (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *snippet = tandem_snippet_new ();
  g_autoptr(GString) long_markup = g_string_new (NULL);
  int empty_height;
  int short_height;
  int long_height;
  int label_height;
  GtkWidget *label = gtk_label_new ("Two\nlines");

  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (snippet, "caption");
  for (guint i = 0; i < 80; i++)
    g_string_append (long_markup, "a <b>long</b> snippet ");
  gtk_window_set_child (GTK_WINDOW (window), snippet);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_for_frames (snippet, 1);
  gtk_widget_measure (snippet, GTK_ORIENTATION_VERTICAL, 300, &empty_height, NULL, NULL, NULL);
  tandem_snippet_set_markup (TANDEM_SNIPPET (snippet), "<b>café</b> terrace");
  gtk_widget_measure (snippet, GTK_ORIENTATION_VERTICAL, 300, &short_height, NULL, NULL, NULL);
  tandem_snippet_set_markup (TANDEM_SNIPPET (snippet), long_markup->str);
  gtk_widget_measure (snippet, GTK_ORIENTATION_VERTICAL, 300, &long_height, NULL, NULL, NULL);
  g_assert_cmpint (short_height, ==, empty_height);
  g_assert_cmpint (long_height, ==, short_height);
  g_assert_cmpstr (tandem_snippet_get_markup (TANDEM_SNIPPET (snippet)), ==, long_markup->str);
  /* Two lines of the same font, give or take a pixel of rounding. */
  gtk_window_set_child (GTK_WINDOW (window), label);
  gui_test_wait_for_frames (label, 1);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 300, &label_height, NULL, NULL, NULL);
  g_assert_cmpint (ABS (long_height - label_height), <=, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_add_delete_import (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (f->workspace));
  guint n = g_list_model_get_n_items (interviews);
  g_autofree char *md = g_build_filename (tmpdir, "acme.md", NULL);
  g_autofree char *txt = g_build_filename (tmpdir, "Bob at Initech.txt", NULL);
  g_autoptr(GFile) md_file = g_file_new_for_path (md);
  g_autoptr(GFile) txt_file = g_file_new_for_path (txt);
  GFile *files[] = { md_file, txt_file };
  TandemObject *selected;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->interviews), "interviews.add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n + 1);
  selected = tandem_interviews_get_selected (f->interviews);
  g_assert_nonnull (selected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->interviews), "interviews.delete", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n);
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n + 1);
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n);

  g_assert_true (g_file_set_contents (md, "\n# Acme kickoff call\r\n\r\nThey want \x01webhooks.\n", -1, NULL));
  g_assert_true (g_file_set_contents (txt, "Plain notes, no heading.\n", -1, NULL));
  tandem_interviews_import_files (f->interviews, files, 2);
  WAIT_FOR (_tandem_interviews_get_n_imports (f->interviews) == 1);
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n + 2);
  selected = tandem_interviews_get_selected (f->interviews);
  g_assert_nonnull (selected);
  for (guint i = n; i < n + 2; i++)
    {
      g_autoptr(TandemObject) imported = g_list_model_get_item (interviews, i);
      const char *customer = tandem_object_get_string (imported, "customer");

      if (g_str_equal (customer, "Acme kickoff call"))
        g_assert_cmpstr (tandem_object_get_string (imported, "notes"), ==, "They want webhooks.\n");
      else
        {
          g_assert_cmpstr (customer, ==, "Bob at Initech");
          g_assert_cmpstr (tandem_object_get_string (imported, "notes"), ==, "Plain notes, no heading.\n");
        }
    }
  /* One undo takes the whole import back. */
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n);
  g_unlink (md);
  g_unlink (txt);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (f->workspace));
  guint all = g_list_model_get_n_items (interviews);
  GtkDropDown *team = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (f->interviews),
                                                                    TANDEM_TYPE_INTERVIEWS, "team_dropdown"));
  GtkEditable *from = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (f->interviews),
                                                                   TANDEM_TYPE_INTERVIEWS, "from_entry"));
  guint expected = 0;

  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), ==, all);
  for (guint i = 0; i < all; i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);
      const char *date = tandem_object_get_string (interview, "date");

      if (date != NULL && strcmp (date, "2026-11") >= 0)
        expected++;
    }
  gtk_editable_set_text (from, "2026-11");
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), ==, expected);
  g_assert_cmpuint (expected, <, all);
  gtk_editable_set_text (from, "");

  /* Marketing's interviews only. */
  gtk_drop_down_set_selected (team, 2);
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), <, all);
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), >, 0);
  gtk_drop_down_set_selected (team, 0);
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), ==, all);
}

/* The mapped label of @widget (or below it) that reads @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A user's way from words to evidence: the keyboard selects words in the
 * notes, Ctrl+H highlights them, a click opens the card picker, typing finds
 * the card, a click links it, and the card on the board counts one more
 * interview. */
static void
test_keyboard_highlight_and_picker (Fixture       *f,
                                    gconstpointer  data)
{
  TandemObject *oskar = lookup (f, OSKAR);
  TandemObject *caldav = lookup (f, CALDAV);
  GListModel *children = G_LIST_MODEL (tandem_object_get_children (oskar));
  guint n_before = g_list_model_get_n_items (children);
  GtkTextView *view = _tandem_interviews_get_text_view (f->interviews);
  g_autoptr(TandemObject) highlight = NULL;
  g_autofree char *evidence_before = NULL;
  g_autofree char *evidence_after = NULL;
  GtkWidget *menu_button;
  GtkPopover *picker;
  GtkWidget *list;
  GtkWidget *first_row;
  TandemCardWidget *card_widget = NULL;
  GtkTextIter start;
  GtkTextIter end;
  guint n_interviews = 0;
  int from;
  int to;

  if (!need_x11 (f))
    return;

  /* The card's count on the board, before. */
  adw_view_stack_set_visible_child_name (f->window->view_stack, "roadmap");
  WAIT_FOR ((card_widget = _tandem_board_get_card_widget (f->window->board, caldav)) != NULL &&
            gtk_widget_get_mapped (GTK_WIDGET (card_widget)));
  evidence_before = g_strdup (tandem_card_widget_get_evidence_text (card_widget));
  tandem_notes_ops_get_evidence (f->workspace, CALDAV, &n_interviews, NULL);
  g_assert_cmpstr (evidence_before, ==, (evidence_after = g_strdup_printf ("%u", n_interviews)));
  g_clear_pointer (&evidence_after, g_free);
  adw_view_stack_set_visible_child_name (f->window->view_stack, "interviews");

  tandem_interviews_select (f->interviews, oskar);
  gui_test_wait_for_frames (GTK_WIDGET (view), 1);

  /* Click into the notes, put the caret before the words, and select four
   * words with Shift+Ctrl+Right. */
  gui_test_run ("xdotool windowfocus --sync %lu", f->xid);
  click (f, gtk_widget_get_parent (GTK_WIDGET (view)));
  WAIT_FOR (gtk_widget_has_focus (GTK_WIDGET (view)));
  select_words (f, "signed webhooks with retries", &from, &to);
  gtk_text_buffer_get_iter_at_offset (buffer_of (f), &start, from);
  gtk_text_buffer_place_cursor (buffer_of (f), &start);
  gui_test_run ("xdotool key --delay 30 shift+ctrl+Right shift+ctrl+Right shift+ctrl+Right shift+ctrl+Right");
  WAIT_FOR (gtk_text_buffer_get_selection_bounds (buffer_of (f), &start, &end) &&
            gtk_text_iter_get_offset (&end) == to);
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, from);

  /* Ctrl+H highlights them. */
  gui_test_run ("xdotool key ctrl+h");
  WAIT_FOR (g_list_model_get_n_items (children) == n_before + 1);
  highlight = newest_highlight (oskar, n_before);
  g_assert_cmpstr (tandem_object_get_string (highlight, "quote"), ==, "signed webhooks with retries");
  g_assert_cmpint (tandem_object_get_int (highlight, "start"), ==, from);
  WAIT_FOR (row_of (f, highlight) != NULL && has_tag_at (f, from + 1, "highlight-"));

  /* Open the picker with a click, type to find the card, click it. */
  gui_test_iterate (200);
  menu_button = gui_test_find_child (row_of (f, highlight), GTK_TYPE_MENU_BUTTON, 0);
  g_assert_nonnull (menu_button);
  click (f, menu_button);
  picker = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (picker)));
  list = gui_test_find_child (GTK_WIDGET (picker), GTK_TYPE_LIST_VIEW, 0);
  WAIT_FOR (gtk_widget_has_focus (gui_test_find_child (GTK_WIDGET (picker), GTK_TYPE_TEXT, 0)));
  gui_test_run ("xdotool type --delay 40 caldav");
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))) == 1);
  gui_test_wait_for_frames (list, 2);
  first_row = find_label (list, "Two-way CalDAV sync");
  g_assert_nonnull (first_row);
  screenshot_root (GTK_WIDGET (f->window), "interviews-picker.png");
  click (f, first_row);
  WAIT_FOR (g_strcmp0 (tandem_object_get_string (highlight, "card"), CALDAV) == 0);

  /* The card on the board counts one interview more. */
  adw_view_stack_set_visible_child_name (f->window->view_stack, "roadmap");
  evidence_after = g_strdup_printf ("%u", n_interviews + 1);
  /* Narrow the board to the card, so that the screenshot shows it. */
  gtk_editable_set_text (GTK_EDITABLE (_tandem_board_get_search_entry (f->window->board)), "CalDAV sync");
  WAIT_FOR ((card_widget = _tandem_board_get_card_widget (f->window->board, caldav)) != NULL &&
            gtk_widget_get_mapped (GTK_WIDGET (card_widget)) &&
            g_strcmp0 (tandem_card_widget_get_evidence_text (card_widget), evidence_after) == 0);
  screenshot_root (GTK_WIDGET (f->window), "interviews-evidence-board.png");
}

static GtkWidget *
tag_set_entry (Fixture    *f,
               const char *tag)
{
  GtkWidget *box = template_child (f, "tag_set_box");

  for (GtkWidget *row = gtk_widget_get_first_child (box); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *entry = gui_test_find_child (row, GTK_TYPE_ENTRY, 0);

      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), tag) == 0)
        return entry;
    }
  return NULL;
}

/* The chooser on a highlight: its toggles, by label. */
static char *
chooser_tags (Fixture      *f,
              TandemObject *highlight)
{
  GtkWidget *flow = gui_test_find_child (row_of (f, highlight), GTK_TYPE_FLOW_BOX, 0);
  g_autoptr(GString) out = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (flow); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *toggle = gui_test_find_child (child, GTK_TYPE_TOGGLE_BUTTON, 0);

      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", gtk_button_get_label (GTK_BUTTON (toggle)));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
dropdown_offers (GtkDropDown *dropdown,
                 const char  *item)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), item) == 0)
      return TRUE;
  return FALSE;
}

/* The tag set editor: add, rename and remove tags; the chooser on each
 * highlight and the tag filter follow; every step undoes in one. */
static void
test_tag_set_editor (Fixture       *f,
                     gconstpointer  data)
{
  TandemObject *oskar = lookup (f, OSKAR);
  TandemObject *polling = lookup (f, POLLING);
  GtkMenuButton *button = template_child (f, "tag_set_button");
  GtkEditable *new_tag = template_child (f, "new_tag_entry");
  GtkLabel *error_label = template_child (f, "tag_error_label");
  GtkDropDown *tag_filter = template_child (f, "tag_dropdown");
  guint n_pricing = tandem_notes_ops_count_tag_uses (f->workspace, "pricing");
  guint n_pain = tandem_notes_ops_count_tag_uses (f->workspace, "pain");
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (f->workspace));
  AdwMessageDialog *dialog = NULL;
  g_autofree char *chooser = NULL;
  GtkWidget *entry;
  g_autoptr(TandemObject) other = NULL;
  g_auto(GStrv) set = NULL;
  guint with_pain = 0;

  if (!need_x11 (f))
    return;
  g_assert_cmpuint (n_pricing, >, 0);
  g_assert_cmpuint (n_pain, >, 0);
  tandem_interviews_select (f->interviews, oskar);
  WAIT_FOR (row_of (f, polling) != NULL);
  chooser = chooser_tags (f, polling);
  g_assert_true (g_str_has_prefix (chooser, "pain need quote competitor pricing praise"));
  g_clear_pointer (&chooser, g_free);
  g_assert_true (dropdown_offers (tag_filter, "pricing"));

  gtk_menu_button_popup (button);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  g_assert_nonnull (tag_set_entry (f, "praise"));

  /* Add: Enter in the new-tag entry. */
  gtk_editable_set_text (new_tag, "onboarding");
  g_signal_emit_by_name (new_tag, "activate");
  WAIT_FOR (tag_set_entry (f, "onboarding") != NULL);
  g_assert_cmpstr (gtk_editable_get_text (new_tag), ==, "");
  WAIT_FOR (row_of (f, polling) != NULL && strstr ((chooser = chooser_tags (f, polling)), "praise onboarding") != NULL);
  g_clear_pointer (&chooser, g_free);
  WAIT_FOR (dropdown_offers (tag_filter, "onboarding"));
  screenshot_root (GTK_WIDGET (f->window), "interviews-tag-set.png");

  /* A name the set has already: a message, nothing changes. */
  gtk_editable_set_text (new_tag, "need");
  g_signal_emit_by_name (new_tag, "activate");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_label (error_label), "need"));
  gtk_editable_set_text (new_tag, "");

  /* Rename as a user does: click into the tag's entry, type, Enter; the
   * highlights follow, in one undo step, without an error once the list
   * has been refreshed. */
  entry = tag_set_entry (f, "pricing");
  g_assert_nonnull (entry);
  g_object_ref (entry);
  click (f, entry);
  WAIT_FOR (gtk_widget_has_focus (gtk_widget_get_first_child (entry)));
  gui_test_run ("xdotool key ctrl+a BackSpace");
  gui_test_run ("xdotool type price");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "price");
  gui_test_run ("xdotool key Return");
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (f->workspace, "price"), ==, n_pricing);
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (f->workspace, "pricing"), ==, 0);
  /* The list is rebuilt: the entry that had the focus goes, and with it its
   * focus; that must not rename the tag a second time. */
  WAIT_FOR (gtk_widget_get_root (entry) == NULL);
  g_clear_object (&entry);
  gui_test_iterate (100);
  g_assert_nonnull (tag_set_entry (f, "price"));
  g_assert_null (tag_set_entry (f, "pricing"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  /* The focus stays on the renamed tag's row. */
  g_assert_true (gtk_widget_has_focus (gtk_widget_get_first_child (tag_set_entry (f, "price"))));
  g_assert_cmpstr (tandem_workspace_get_undo_label (f->workspace), ==, "Rename Tag");
  screenshot_root (GTK_WIDGET (f->window), "interviews-tag-renamed.png");
  /* An interview of the sample carries "pricing" itself: the filter keeps it. */
  WAIT_FOR (dropdown_offers (tag_filter, "price") && dropdown_offers (tag_filter, "pricing"));
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (f->workspace, "pricing"), ==, n_pricing);
  WAIT_FOR (tag_set_entry (f, "pricing") != NULL);

  /* A change that leaves the set as it is keeps a name being typed, and
   * commits nothing. */
  entry = tag_set_entry (f, "quote");
  gtk_editable_set_text (GTK_EDITABLE (entry), "quo");
  tandem_workspace_set (f->workspace, polling, "tags", (const char * const []) { "quote", NULL }, NULL);
  gui_test_iterate (200);
  g_assert_true (tag_set_entry (f, "quo") == entry);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_true (tandem_workspace_undo (f->workspace));
  gtk_editable_set_text (GTK_EDITABLE (entry), "quote");

  /* Remove a tag in use: the user is asked, then it leaves the highlights
   * too, in one undo step. */
  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);
      GListModel *highlights = G_LIST_MODEL (tandem_object_get_children (interview));
      gboolean found = g_strv_contains (tandem_object_get_list (interview, "tags"), "pain");

      for (guint k = 0; k < g_list_model_get_n_items (highlights) && !found; k++)
        {
          g_autoptr(TandemObject) highlight = g_list_model_get_item (highlights, k);

          found = g_strv_contains (tandem_object_get_list (highlight, "tags"), "pain");
        }
      with_pain += found;
    }
  gtk_drop_down_set_selected (tag_filter, 1);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (tag_filter)), ==, "pain");
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), ==, with_pain);
  g_assert_cmpuint (with_pain, <, g_list_model_get_n_items (interviews));
  gtk_drop_down_set_selected (tag_filter, 0);

  gtk_menu_button_popup (button);
  WAIT_FOR (tag_set_entry (f, "pain") != NULL && gtk_widget_get_mapped (tag_set_entry (f, "pain")));
  g_assert_true (gtk_widget_activate_action (tag_set_entry (f, "pain"), "interviews.remove-tag", "s", "pain"));
  WAIT_FOR ((dialog = ADW_MESSAGE_DIALOG (gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG))) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "highlights carry this tag"));
  screenshot_root (GTK_WIDGET (f->window), "interviews-remove-tag.png");
  gui_test_click_response (dialog, "remove");
  WAIT_FOR (tandem_notes_ops_count_tag_uses (f->workspace, "pain") == 0);
  WAIT_FOR (tag_set_entry (f, "pain") == NULL);
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (f->workspace, "pain"), ==, n_pain);
  WAIT_FOR (tag_set_entry (f, "pain") != NULL);

  /* Undo the addition too: the workspace has no set of its own again. */
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_container (f->workspace, "highlight-tags"))), ==, 0);
  WAIT_FOR (tag_set_entry (f, "onboarding") == NULL);

  /* A tag typed on a highlight joins the set, in the same undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->interviews), "interviews.toggle-tag", "(ss)",
                                             POLLING, "security"));
  g_assert_true (g_strv_contains (tandem_object_get_list (polling, "tags"), "security"));
  WAIT_FOR (tag_set_entry (f, "security") != NULL);
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_false (g_strv_contains (tandem_object_get_list (polling, "tags"), "security"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_container (f->workspace, "highlight-tags"))), ==, 0);

  /* So does one that another highlight carries already but the set does
   * not; white space around a typed tag goes before it is stored, on the
   * highlight as in the set. */
  other = g_list_model_get_item (G_LIST_MODEL (tandem_object_get_children (oskar)), 0);
  if (other == polling)
    {
      g_clear_object (&other);
      other = g_list_model_get_item (G_LIST_MODEL (tandem_object_get_children (oskar)), 1);
    }
  tandem_workspace_set (f->workspace, other, "tags", (const char * const []) { "Security", NULL }, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->interviews), "interviews.toggle-tag", "(ss)",
                                             POLLING, " Security "));
  g_assert_true (g_strv_contains (tandem_object_get_list (polling, "tags"), "Security"));
  g_assert_false (g_strv_contains (tandem_object_get_list (polling, "tags"), " Security "));
  set = tandem_notes_ops_list_tag_set (f->workspace);
  g_assert_true (g_strv_contains ((const char * const *) set, "Security"));
  WAIT_FOR (tag_set_entry (f, "Security") != NULL);
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_false (g_strv_contains (tandem_object_get_list (polling, "tags"), "Security"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_container (f->workspace, "highlight-tags"))), ==, 0);
  g_assert_true (tandem_workspace_undo (f->workspace));
  gtk_popover_popdown (gtk_menu_button_get_popover (button));
}

static gboolean
imported (GListModel *interviews,
          const char *customer,
          const char *notes)
{
  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);

      if (g_strcmp0 (tandem_object_get_string (interview, "customer"), customer) == 0)
        return g_strcmp0 (tandem_object_get_string (interview, "notes"), notes) == 0;
    }
  return FALSE;
}

static GtkDropTarget *
drop_target_of (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* Dropping files on the page imports the .txt and .md ones, one interview
 * each, titled by the first heading or the file name.  The drop goes through
 * the page's GtkDropTarget with a GdkFileList, as GTK hands it over after an
 * XDND drop: Xvfb has no file manager to drag from. */
static void
test_drop_import (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (f->workspace));
  guint n = g_list_model_get_n_items (interviews);
  g_autofree char *md = g_build_filename (tmpdir, "kickoff.md", NULL);
  g_autofree char *txt = g_build_filename (tmpdir, "Call with Initech.txt", NULL);
  g_autofree char *png = g_build_filename (tmpdir, "logo.png", NULL);
  GSList *files = NULL;
  GtkDropTarget *target = drop_target_of (GTK_WIDGET (f->interviews));
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_assert_true (g_file_set_contents (md, "Some preface.\n\n## Acme kickoff\n\nThey need SSO.\n", -1, NULL));
  g_assert_true (g_file_set_contents (txt, "Pricing is too high.\n", -1, NULL));
  g_assert_true (g_file_set_contents (png, "\\x89PNG", -1, NULL));
  files = g_slist_append (files, g_file_new_for_path (md));
  files = g_slist_append (files, g_file_new_for_path (txt));
  files = g_slist_append (files, g_file_new_for_path (png));
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_slist_free_full (files, g_object_unref);

  g_signal_emit_by_name (target, "drop", &value, 400.0, 300.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);
  WAIT_FOR (g_list_model_get_n_items (interviews) == n + 2);
  g_assert_true (imported (interviews, "Acme kickoff", "Some preface.\n\n## Acme kickoff\n\nThey need SSO.\n"));
  g_assert_true (imported (interviews, "Call with Initech", "Pricing is too high.\n"));
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n);
  g_unlink (md);
  g_unlink (txt);
  g_unlink (png);
}

/* Import… opens a file chooser (GTK's own dialog here: there is no portal
 * under Xvfb); the chosen file becomes an interview titled by its heading. */
static void
test_open_import (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (f->workspace));
  guint n = g_list_model_get_n_items (interviews);
  g_autofree char *md = g_build_filename (tmpdir, "globex.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (md);
  GtkFileChooser *chooser = NULL;

  g_assert_true (g_file_set_contents (md, "# Hank Scorpio, Globex\n\nWants a volcano lair view.\n", -1, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->interviews), "interviews.import", NULL));
  WAIT_FOR ((chooser = GTK_FILE_CHOOSER (gui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER))) != NULL);
  g_assert_true (gtk_file_chooser_set_file (chooser, file, NULL));
  WAIT_FOR (({ g_autoptr(GListModel) chosen = gtk_file_chooser_get_files (chooser);
               g_list_model_get_n_items (chosen) == 1; }));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  WAIT_FOR (g_list_model_get_n_items (interviews) == n + 1);
  g_assert_true (imported (interviews, "Hank Scorpio, Globex", "Wants a volcano lair view.\n"));
  g_assert_cmpstr (tandem_object_get_string (tandem_interviews_get_selected (f->interviews), "customer"), ==,
                   "Hank Scorpio, Globex");
  g_unlink (md);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!gui_test_init (&argc, &argv, "interviews", &tmpdir))
    return 0;

  application = adw_application_new ("io.github.tandemplanner.Tandem.TestInterviews",
                                     G_APPLICATION_NON_UNIQUE);
  gui_test_register (G_APPLICATION (application));

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_init, func, fixture_clear)
  ADD ("/gui/interviews/highlight-and-link", test_highlight_and_link);
  ADD ("/gui/interviews/type-before-highlight", test_type_before_highlight);
  ADD ("/gui/interviews/search", test_search);
  ADD ("/gui/interviews/search-scroll", test_search_scroll);
  g_test_add_func ("/gui/interviews/snippet-size", test_snippet_size);
  ADD ("/gui/interviews/add-delete-import", test_add_delete_import);
  ADD ("/gui/interviews/filters", test_filters);
  ADD ("/gui/interviews/keyboard-highlight-and-picker", test_keyboard_highlight_and_picker);
  ADD ("/gui/interviews/tag-set-editor", test_tag_set_editor);
  ADD ("/gui/interviews/drop-import", test_drop_import);
  ADD ("/gui/interviews/open-import", test_open_import);
#undef ADD

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  g_clear_object (&application);
  return status;
}
