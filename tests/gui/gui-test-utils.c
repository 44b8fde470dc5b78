/* gui-test-utils.c — what the GUI tests share
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test-utils.h"

/* Starts a GUI test: XDG directories of its own, made before anything asks
 * GLib for them (so recent files, settings and drafts stay out of the user's;
 * returned in @tmpdir for removal), g_test_init() and GTK.  Returns FALSE,
 * after printing a TAP skip, when there is no display. */
gboolean
gui_test_init (int          *argc,
               char       ***argv,
               const char   *name,
               char        **tmpdir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("tandem-test-%s-XXXXXX", name);

  *tmpdir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", *tmpdir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", *tmpdir, TRUE);
  g_setenv ("XDG_STATE_HOME", *tmpdir, TRUE);

  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  return TRUE;
}

/* Registers the test's application and turns animations off, so that what a
 * test waits for happens at once. */
void
gui_test_register (GApplication *application)
{
  g_autoptr(GError) error = NULL;

  g_application_register (application, NULL, &error);
  g_assert_no_error (error);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/* A timeout that keeps g_main_context_iteration() from blocking for good. */
gboolean
gui_test_wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop for @ms milliseconds. */
void
gui_test_iterate (guint ms)
{
  gint64 until = g_get_monotonic_time () + (gint64) ms * 1000;
  guint wake = g_timeout_add (10, gui_test_wake_up, NULL);

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

static void
count_frame_cb (GdkFrameClock *frame_clock,
                guint         *frames)
{
  (*frames)++;
}

/* Waits until @widget is mapped and has drawn @n more frames. */
void
gui_test_wait_for_frames (GtkWidget *widget,
                          guint      n)
{
  GdkFrameClock *frame_clock;
  guint frames = 0;
  gulong handler;

  WAIT_FOR (gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0);
  frame_clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (count_frame_cb), &frames);
  while (frames < n)
    {
      guint before = frames;

      gtk_widget_queue_draw (widget);
      WAIT_FOR (frames > before);
    }
  g_signal_handler_disconnect (frame_clock, handler);
}

/* Renders @widget in-process into a PNG in the build directory, for a person
 * to look at. */
void
gui_test_save_screenshot (GtkWidget  *widget,
                          const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width;
  int height;

  gui_test_wait_for_frames (widget, 1);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

GtkWidget *
gui_test_find_button (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_by_tooltip (GtkWidget  *widget,
                 const char *tooltip,
                 guint      *nth)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0 && (*nth)-- == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_tooltip (child, tooltip, nth);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The @nth widget under @widget whose tooltip is @tooltip: an icon button. */
GtkWidget *
gui_test_find_by_tooltip (GtkWidget  *widget,
                          const char *tooltip,
                          guint       nth)
{
  return find_by_tooltip (widget, tooltip, &nth);
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type,
            guint     *nth)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && (*nth)-- == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child (child, type, nth);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The @nth widget of @type under @widget (or @widget itself), depth first. */
GtkWidget *
gui_test_find_child (GtkWidget *widget,
                     GType      type,
                     guint      nth)
{
  return find_child (widget, type, &nth);
}

/* A visible top-level window of @type, or %NULL. */
GtkWidget *
gui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

/* Answers @dialog the way a click on its button does. */
void
gui_test_click_response (AdwMessageDialog *dialog,
                         const char       *response)
{
  const char *label = adw_message_dialog_get_response_label (dialog, response);
  GtkWidget *button = gui_test_find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
}

static void
child_exited_cb (GPid     pid,
                 int      status,
                 gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  g_spawn_close_pid (pid);
}

/* Runs a command (xdotool, mostly) while the main loop keeps running, as a
 * drag needs. */
void
gui_test_run (const char *format,
              ...)
{
  g_autofree char *command = NULL;
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;
  va_list args;
  GPid pid;

  va_start (args, format);
  command = g_strdup_vprintf (format, args);
  va_end (args);
  g_shell_parse_argv (command, NULL, &argv, &error);
  g_assert_no_error (error);
  g_spawn_async (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                 &pid, &error);
  g_assert_no_error (error);
  g_child_watch_add (pid, child_exited_cb, &done);
  WAIT_FOR (done);
  gui_test_iterate (30);
}

/* Where the point (@fx, @fy) of @widget (fractions of its size) is, in
 * @window's X coordinates. */
void
gui_test_window_point (GtkWidget *window,
                       GtkWidget *widget,
                       double     fx,
                       double     fy,
                       int       *x,
                       int       *y)
{
  graphene_rect_t bounds;
  double sx;
  double sy;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  *x = (int) (bounds.origin.x + bounds.size.width * fx + sx);
  *y = (int) (bounds.origin.y + bounds.size.height * fy + sy);
}
