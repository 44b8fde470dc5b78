/* test-calendar.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <sys/wait.h>
#include <string.h>

#include "tandem-file.h"
#include "tandem-gui.h"
#include "tandem-launch-editor.h"
#include "tandem-tier-editor.h"
#include "tandem-window-private.h"
#include "gui-test-utils.h"

/* The Launches page under Xvfb, on the Orbit sample: the month grid, a real
 * pointer drag of a launch (its tasks follow), dropping a task, a drop
 * outside the grid, the keyboard moves (as actions and as real key presses),
 * "+N more" and the tier templates.  Screenshots are written to the build
 * directory. */

#define ORBIT_3         "n-55yc7yqvbka0"   /* Tier 1, 2027-03-16 */
#define PRESS_RELEASE   "t-851rwdgeppa2"   /* its task at T-7 */

static AdwApplication *application;
static char *tmpdir;

static GDate
day (const char *text)
{
  GDate date;

  g_assert_true (tandem_launch_ops_parse_date (text, &date));
  return date;
}

typedef struct
{
  TandemWindow    *window;
  TandemCalendar  *calendar;
  TandemWorkspace *workspace;
} Fixture;

static void
fixture_init (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples",
                                            "orbit.tandem", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GDate today = day ("2027-03-03");
  GDate march = day ("2027-03-01");

  f->workspace = tandem_file_load (file, NULL, &error);
  g_assert_no_error (error);
  f->window = tandem_window_new (GTK_APPLICATION (application));
  _tandem_window_set_workspace (f->window, f->workspace, NULL);
  f->calendar = f->window->calendar;
  g_assert_true (tandem_calendar_get_workspace (f->calendar) == f->workspace);
  adw_view_stack_set_visible_child_name (f->window->view_stack, "launches");
  tandem_calendar_set_week_start (f->calendar, G_DATE_MONDAY);
  tandem_calendar_set_today (f->calendar, &today);
  tandem_calendar_set_month (f->calendar, &march);
  tandem_calendar_refresh (f->calendar);
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_for_frames (GTK_WIDGET (f->calendar), 1);
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

static GtkWidget *
cell_of (Fixture    *f,
         const char *date)
{
  GDate d = day (date);
  GtkWidget *cell = _tandem_calendar_get_day_cell (f->calendar, &d);

  g_assert_nonnull (cell);
  return cell;
}

static GtkWidget *
chip_of (Fixture    *f,
         const char *id)
{
  return _tandem_calendar_find_chip (f->calendar, tandem_workspace_lookup (f->workspace, id));
}

static const char *
date_of (Fixture    *f,
         const char *id)
{
  return tandem_object_get_string (tandem_workspace_lookup (f->workspace, id), "date");
}

static void
test_month (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *chip = chip_of (f, ORBIT_3);
  GtkWidget *task_chip = chip_of (f, PRESS_RELEASE);
  GDate first = day ("2027-03-01");

  /* Weeks from Monday: 1 March 2027 is a Monday, so it is the first cell. */
  g_assert_true (gtk_widget_get_first_child (_tandem_calendar_get_grid (f->calendar)) ==
                 _tandem_calendar_get_day_cell (f->calendar, &first));
  tandem_calendar_set_week_start (f->calendar, G_DATE_SUNDAY);
  tandem_calendar_refresh (f->calendar);
  g_assert_true (gtk_widget_get_first_child (_tandem_calendar_get_grid (f->calendar)) ==
                 cell_of (f, "2027-02-28"));
  tandem_calendar_set_week_start (f->calendar, G_DATE_MONDAY);
  tandem_calendar_refresh (f->calendar);

  /* The Tier 1 launch on its day, its task as a smaller item on its due day. */
  g_assert_nonnull (chip);
  g_assert_true (gtk_widget_get_parent (chip) == cell_of (f, "2027-03-16"));
  g_assert_true (gtk_widget_has_css_class (chip, "launch"));
  g_assert_true (gtk_widget_has_css_class (chip, "tier-1"));
  g_assert_nonnull (task_chip);
  g_assert_true (gtk_widget_get_parent (task_chip) == cell_of (f, "2027-03-09"));
  g_assert_true (gtk_widget_has_css_class (task_chip, "task"));
  /* Its tooltip is made on demand; screen readers get the same text. */
  g_assert_true (gtk_widget_get_has_tooltip (task_chip));
  {
    TandemObject *task = tandem_workspace_lookup (f->workspace, PRESS_RELEASE);
    g_autofree char *description = g_strdup_printf ("%s — task of “%s”",
                                                    tandem_object_get_string (task, "title"),
                                                    tandem_object_get_string (tandem_object_get_parent (task), "title"));

    gtk_test_accessible_assert_property (task_chip, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  }
  g_assert_true (gtk_widget_has_css_class (cell_of (f, "2027-03-03"), "today"));
  g_assert_true (gtk_widget_has_css_class (cell_of (f, "2027-04-01"), "other-month"));
  g_assert_cmpstr (tandem_calendar_get_summary (f->calendar), ==,
                   _tandem_window_get_summary (f->window, "launches"));
  g_assert_true (g_str_has_suffix (tandem_calendar_get_summary (f->calendar), "tasks"));

  gui_test_save_screenshot (GTK_WIDGET (f->window), "calendar-march-2027.png");

  /* Previous and next months, and back to today's. */
  gtk_widget_activate_action (GTK_WIDGET (f->calendar), "calendar.next-month", NULL);
  g_assert_null (chip_of (f, ORBIT_3));
  gtk_widget_activate_action (GTK_WIDGET (f->calendar), "calendar.previous-month", NULL);
  g_assert_nonnull (chip_of (f, ORBIT_3));
  gtk_widget_activate_action (GTK_WIDGET (f->calendar), "calendar.today", NULL);
  g_assert_true (gtk_widget_has_css_class (cell_of (f, "2027-03-03"), "today"));
  g_assert_false (gtk_widget_has_css_class (cell_of (f, "2027-03-03"), "other-month"));
}

/* Runs @command (xdotool) while the main loop keeps running: GTK must see
 * the events it sends as they come. */
static gboolean
run_command (const char *command)
{
  g_auto(GStrv) argv = NULL;
  int status = -1;
  GPid pid;

  g_assert_true (g_shell_parse_argv (command, NULL, &argv, NULL));
  g_assert_true (g_spawn_async (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL));
  while (waitpid (pid, &status, WNOHANG) == 0)
    g_main_context_iteration (NULL, FALSE), g_usleep (2000);
  g_spawn_close_pid (pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* A real pointer drag with xdotool, from the launch's chip to another day. */
static gboolean
xdotool_drag (GtkWidget *from,
              GtkWidget *to)
{
  GtkNative *native = gtk_widget_get_native (from);
  graphene_point_t a, b;
  double nx, ny;
  g_autofree char *command = NULL;

  if (g_find_program_in_path ("xdotool") == NULL)
    return FALSE;
  g_assert_true (gtk_widget_compute_point (from, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (from) / 2.f,
                                                                 gtk_widget_get_height (from) / 2.f), &a));
  g_assert_true (gtk_widget_compute_point (to, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (to) / 2.f,
                                                                 gtk_widget_get_height (to) - 6.f), &b));
  gtk_native_get_surface_transform (native, &nx, &ny);
  a.x += nx; a.y += ny; b.x += nx; b.y += ny;

  /* No window manager: the window is at the origin of the screen. */
  command = g_strdup_printf ("xdotool mousemove %d %d sleep 0.2 mousedown 1 sleep 0.2 "
                             "mousemove %d %d sleep 0.1 mousemove %d %d sleep 0.1 "
                             "mousemove %d %d sleep 0.2 mousemove %d %d sleep 0.3 mouseup 1",
                             (int) a.x, (int) a.y, (int) a.x + 10, (int) a.y + 10,
                             (int) (a.x + b.x) / 2, (int) (a.y + b.y) / 2,
                             (int) b.x - 2, (int) b.y - 2, (int) b.x, (int) b.y);
  return run_command (command);
}

static void
test_drag_launch (Fixture       *f,
                  gconstpointer  data)
{
  TandemObject *task = tandem_workspace_lookup (f->workspace, PRESS_RELEASE);
  GtkWidget *chip = chip_of (f, ORBIT_3);
  GDate due;
  g_autofree char *due_text = NULL;

  g_assert_cmpstr (date_of (f, ORBIT_3), ==, "2027-03-16");
  if (!xdotool_drag (chip, cell_of (f, "2027-03-25")))
    {
      g_test_skip ("xdotool could not drag");
      return;
    }
  WAIT_FOR (g_strcmp0 (date_of (f, ORBIT_3), "2027-03-25") == 0);
  gui_test_iterate (100);

  /* The launch moved, and its tasks with it: the press release at T-7 is
   * now on the 18th, and shows there. */
  g_assert_cmpint (tandem_object_get_int (task, "offset"), ==, -7);
  g_assert_true (tandem_launch_ops_get_due (TANDEM_TASK (task), &due));
  due_text = tandem_launch_ops_format_date (&due);
  g_assert_cmpstr (due_text, ==, "2027-03-18");
  g_assert_true (gtk_widget_get_parent (chip_of (f, ORBIT_3)) == cell_of (f, "2027-03-25"));
  g_assert_true (gtk_widget_get_parent (chip_of (f, PRESS_RELEASE)) == cell_of (f, "2027-03-18"));
  g_assert_cmpstr (tandem_workspace_get_undo_label (f->workspace), ==, "Move Launch");
  gui_test_save_screenshot (GTK_WIDGET (f->window), "calendar-after-drag.png");

  /* One undo puts the launch and its tasks back. */
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpstr (date_of (f, ORBIT_3), ==, "2027-03-16");
  WAIT_FOR (chip_of (f, PRESS_RELEASE) != NULL &&
            gtk_widget_get_parent (chip_of (f, PRESS_RELEASE)) == cell_of (f, "2027-03-09"));
}

static gboolean
emit_drop (Fixture      *f,
           TandemObject *object,
           GtkWidget    *target,
           double        dx,
           double        dy)
{
  GtkWidget *grid = _tandem_calendar_get_grid (f->calendar);
  g_auto(GValue) value = G_VALUE_INIT;
  graphene_point_t p = GRAPHENE_POINT_INIT (dx, dy);
  gboolean accepted = FALSE;

  if (target != NULL)
    g_assert_true (gtk_widget_compute_point (target, grid,
                                             &GRAPHENE_POINT_INIT (gtk_widget_get_width (target) / 2.f,
                                                                   gtk_widget_get_height (target) / 2.f), &p));
  g_value_init (&value, TANDEM_TYPE_OBJECT);
  g_value_set_object (&value, object);
  g_signal_emit_by_name (_tandem_calendar_get_drop_target (f->calendar), "drop", &value, p.x, p.y, &accepted);
  return accepted;
}

static void
test_drop_task_and_outside (Fixture       *f,
                            gconstpointer  data)
{
  TandemObject *launch = tandem_workspace_lookup (f->workspace, ORBIT_3);
  TandemObject *task = tandem_workspace_lookup (f->workspace, PRESS_RELEASE);
  GtkWidget *grid = _tandem_calendar_get_grid (f->calendar);
  guint64 revision = tandem_workspace_get_revision (f->workspace);

  /* A task dropped on another day changes its offset only. */
  g_assert_true (emit_drop (f, task, cell_of (f, "2027-03-02"), 0, 0));
  g_assert_cmpint (tandem_object_get_int (task, "offset"), ==, -14);
  g_assert_cmpstr (date_of (f, ORBIT_3), ==, "2027-03-16");
  g_assert_true (gtk_widget_get_parent (chip_of (f, PRESS_RELEASE)) == cell_of (f, "2027-03-02"));
  g_assert_cmpstr (tandem_workspace_get_undo_label (f->workspace), ==, "Move Task");
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpint (tandem_object_get_int (task, "offset"), ==, -7);
  g_assert_cmpuint (tandem_workspace_get_revision (f->workspace), ==, revision);

  /* A launch dropped through the drop target's signal moves, too. */
  g_assert_true (emit_drop (f, launch, cell_of (f, "2027-03-31"), 0, 0));
  g_assert_cmpstr (date_of (f, ORBIT_3), ==, "2027-03-31");
  g_assert_true (tandem_workspace_undo (f->workspace));

  /* Outside the grid, or between the cells' hit areas: nothing changes. */
  g_assert_false (emit_drop (f, launch, NULL, -20, -20));
  g_assert_false (emit_drop (f, launch, NULL, gtk_widget_get_width (grid) + 50, 10));
  g_assert_cmpstr (date_of (f, ORBIT_3), ==, "2027-03-16");
  g_assert_cmpuint (tandem_workspace_get_revision (f->workspace), ==, revision);
  g_assert_true (tandem_workspace_get_dirty (f->workspace) == FALSE);

  /* A real drag released over the agenda, outside the grid: nothing. */
  {
    if (xdotool_drag (chip_of (f, ORBIT_3), GTK_WIDGET (f->window->switcher_title)))
      {
        gui_test_iterate (300);
        g_assert_cmpstr (date_of (f, ORBIT_3), ==, "2027-03-16");
        g_assert_cmpuint (tandem_workspace_get_revision (f->workspace), ==, revision);
      }
  }
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *chip = chip_of (f, ORBIT_3);
  TandemObject *task = tandem_workspace_lookup (f->workspace, PRESS_RELEASE);
  GDate due;
  g_autofree char *due_text = NULL;

  gtk_widget_grab_focus (chip);
  g_assert_true (gtk_widget_has_focus (chip));

  /* Alt+Down: a week later; focus follows the launch. */
  g_assert_true (gtk_widget_activate_action (chip, "calendar.move", "i", 7));
  g_assert_cmpstr (date_of (f, ORBIT_3), ==, "2027-03-23");
  g_assert_true (gtk_widget_has_focus (chip_of (f, ORBIT_3)));
  g_assert_true (tandem_launch_ops_get_due (TANDEM_TASK (task), &due));
  due_text = tandem_launch_ops_format_date (&due);
  g_assert_cmpstr (due_text, ==, "2027-03-16");

  /* Alt+Left: a day earlier. */
  g_assert_true (gtk_widget_activate_action (chip_of (f, ORBIT_3), "calendar.move", "i", -1));
  g_assert_cmpstr (date_of (f, ORBIT_3), ==, "2027-03-22");

  /* Two weeks on crosses into April: the month follows. */
  g_assert_true (gtk_widget_activate_action (chip_of (f, ORBIT_3), "calendar.move", "i", 7));
  g_assert_true (gtk_widget_activate_action (chip_of (f, ORBIT_3), "calendar.move", "i", 7));
  g_assert_cmpstr (date_of (f, ORBIT_3), ==, "2027-04-05");
  g_assert_nonnull (chip_of (f, ORBIT_3));

  /* A task moves by changing its offset: T-7 becomes T-6. */
  gtk_widget_grab_focus (chip_of (f, PRESS_RELEASE));
  g_assert_true (gtk_widget_activate_action (chip_of (f, PRESS_RELEASE), "calendar.move", "i", 1));
  g_assert_cmpint (tandem_object_get_int (task, "offset"), ==, -6);
  g_assert_cmpstr (date_of (f, ORBIT_3), ==, "2027-04-05");
  g_assert_true (gtk_widget_has_focus (chip_of (f, PRESS_RELEASE)));
}

/* The same moves with real key presses: Alt+arrows on a focused chip, and
 * Page Down for the next month. */
static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  TandemObject *task = tandem_workspace_lookup (f->workspace, PRESS_RELEASE);
  g_autofree char *focus = NULL;
  GDate month;

  if (!GDK_IS_X11_SURFACE (surface) || g_find_program_in_path ("xdotool") == NULL)
    {
      g_test_skip ("needs X11 and xdotool");
      return;
    }
  focus = g_strdup_printf ("xdotool windowfocus --sync %lu", (gulong) gdk_x11_surface_get_xid (surface));
  g_assert_true (run_command (focus));
  gtk_widget_grab_focus (chip_of (f, ORBIT_3));
  WAIT_FOR (gtk_widget_has_focus (chip_of (f, ORBIT_3)));

  /* A week later, then a day earlier; focus stays on the launch. */
  g_assert_true (run_command ("xdotool key alt+Down"));
  WAIT_FOR (g_strcmp0 (date_of (f, ORBIT_3), "2027-03-23") == 0);
  WAIT_FOR (gtk_widget_has_focus (chip_of (f, ORBIT_3)));
  g_assert_true (run_command ("xdotool key alt+Left"));
  WAIT_FOR (g_strcmp0 (date_of (f, ORBIT_3), "2027-03-22") == 0);
  g_assert_cmpint (tandem_object_get_int (task, "offset"), ==, -7);

  /* A task: its offset changes, its launch stays. */
  gtk_widget_grab_focus (chip_of (f, PRESS_RELEASE));
  WAIT_FOR (gtk_widget_has_focus (chip_of (f, PRESS_RELEASE)));
  g_assert_true (run_command ("xdotool key alt+Right"));
  WAIT_FOR (tandem_object_get_int (task, "offset") == -6);
  g_assert_cmpstr (date_of (f, ORBIT_3), ==, "2027-03-22");
  g_assert_true (run_command ("xdotool key alt+Up"));
  WAIT_FOR (tandem_object_get_int (task, "offset") == -13);

  /* Page Down: the next month. */
  g_assert_true (run_command ("xdotool key Page_Down"));
  WAIT_FOR ((tandem_calendar_get_month (f->calendar, &month), g_date_get_month (&month) == G_DATE_APRIL));
}

static void
test_more (Fixture       *f,
           gconstpointer  data)
{
  TandemObject *launch = tandem_workspace_lookup (f->workspace, ORBIT_3);
  GtkWidget *cell;
  GtkWidget *more;

  GListModel *tasks = G_LIST_MODEL (tandem_object_get_children (launch));
  g_autofree char *expected = NULL;
  guint n_items = 1;

  /* The launch, its launch-day tasks and six more; four chips fit, so three
   * show and the rest are "+N more". */
  for (int i = 0; i < 6; i++)
    {
      g_autofree char *title = g_strdup_printf ("Launch-day item %d", i + 1);

      tandem_workspace_create (f->workspace, TANDEM_TYPE_TASK, launch, "title", title, "offset", 0, NULL);
    }
  /* Every task of any launch due that day counts. */
  for (guint l = 0; l < g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_launches (f->workspace))); l++)
    {
      g_autoptr(TandemObject) other = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_launches (f->workspace)), l);

      tasks = G_LIST_MODEL (tandem_object_get_children (other));
      for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
        {
          g_autoptr(TandemObject) task = g_list_model_get_item (tasks, i);
          g_autofree char *due = NULL;
          GDate d;

          tandem_launch_ops_get_due (TANDEM_TASK (task), &d);
          due = tandem_launch_ops_format_date (&d);
          n_items += g_strcmp0 (due, "2027-03-16") == 0;
        }
    }
  g_assert_cmpuint (n_items, >=, 7);
  expected = g_strdup_printf ("+%u more", n_items - (TANDEM_CALENDAR_MAX_CHIPS - 1));
  tandem_calendar_refresh (f->calendar);
  cell = cell_of (f, "2027-03-16");
  more = gtk_widget_get_last_child (cell);
  g_assert_true (gtk_widget_get_visible (more));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (more)), ==, expected);
  g_assert_true (gtk_widget_get_parent (chip_of (f, ORBIT_3)) == cell);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_last_child (cell_of (f, "2027-03-17"))));
  gui_test_save_screenshot (GTK_WIDGET (f->window), "calendar-more.png");

  g_signal_emit_by_name (more, "clicked");
  gui_test_iterate (200);
  {
    GtkWidget *popover = gtk_widget_get_last_child (GTK_WIDGET (f->calendar));

    g_assert_true (GTK_IS_POPOVER (popover));
    g_assert_true (gtk_widget_get_visible (popover));
    gui_test_save_screenshot (GTK_WIDGET (f->window), "calendar-more-open.png");
    gtk_popover_popdown (GTK_POPOVER (popover));
  }
}

static void
test_editor (Fixture       *f,
             gconstpointer  data)
{
  TandemObject *launch = tandem_workspace_lookup (f->workspace, ORBIT_3);
  GListModel *tasks = G_LIST_MODEL (tandem_object_get_children (launch));
  guint n = g_list_model_get_n_items (tasks);
  GtkWidget *editor;

  /* Clicking a chip opens the launch's editor. */
  g_signal_emit_by_name (chip_of (f, ORBIT_3), "clicked");
  editor = NULL;
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (TANDEM_IS_LAUNCH_EDITOR (l->data))
      editor = l->data;
  g_assert_nonnull (editor);
  g_assert_true (tandem_launch_editor_get_launch (TANDEM_LAUNCH_EDITOR (editor)) == TANDEM_LAUNCH (launch));
  gui_test_wait_for_frames (editor, 1);

  g_assert_true (gtk_widget_activate_action (editor, "editor.add-task", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n + 1);
  gui_test_iterate (100);
  gui_test_save_screenshot (editor, "launch-editor.png");

  /* Undoing the launch's creation would close it; undoing the task keeps it. */
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n);
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* Tier templates: built in until edited; the first edit copies the template
 * into the workspace in the same undo step, and a new launch of the tier
 * gets the edited checklist. */
static void
test_tiers (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) builtin = tandem_launch_ops_list_template (f->workspace, 1);
  TandemTierEditor *editor;
  GtkWidget *min_lead;
  TandemTier *tier;

  g_assert_null (tandem_launch_ops_find_tier (f->workspace, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->calendar), "calendar.edit-tiers", NULL));
  editor = TANDEM_TIER_EDITOR (gui_test_find_toplevel (TANDEM_TYPE_TIER_EDITOR));
  g_assert_nonnull (editor);
  tandem_tier_editor_set_tier (editor, 1);
  gui_test_wait_for_frames (GTK_WIDGET (editor), 1);
  min_lead = gui_test_find_child (GTK_WIDGET (editor), GTK_TYPE_SPIN_BUTTON, 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (min_lead)), ==,
                   tandem_launch_ops_get_min_lead (f->workspace, 1));
  gui_test_save_screenshot (GTK_WIDGET (editor), "tier-editor-builtin.png");

  /* Changing the notice makes the template the workspace's: one undo step. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (min_lead), 100);
  tier = tandem_launch_ops_find_tier (f->workspace, 1);
  g_assert_nonnull (tier);
  g_assert_cmpint (tandem_object_get_int (TANDEM_OBJECT (tier), "min-lead"), ==, 100);
  g_assert_cmpint (tandem_launch_ops_get_min_lead (f->workspace, 1), ==, 100);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (tier)))),
                    ==, builtin->len);
  g_assert_cmpstr (tandem_workspace_get_undo_label (f->workspace), ==, "Edit Tier Template");
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_null (tandem_launch_ops_find_tier (f->workspace, 1));
  gui_test_iterate (50);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (min_lead)), ==,
                   tandem_launch_ops_get_min_lead (f->workspace, 1));

  /* A task added to the template goes into every new Tier 1 launch. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "tiers.add-task", NULL));
  tier = tandem_launch_ops_find_tier (f->workspace, 1);
  g_assert_nonnull (tier);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (tier)))),
                    ==, builtin->len + 1);
  gui_test_iterate (100);
  gui_test_save_screenshot (GTK_WIDGET (editor), "tier-editor-edited.png");
  {
    TandemLaunch *launch = tandem_workspace_create (f->workspace, TANDEM_TYPE_LAUNCH, NULL,
                                                    "title", "Templated", "date", "2027-09-01", NULL);
    GListModel *tasks = G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (launch)));
    gboolean found = FALSE;

    tandem_launch_ops_apply_tier (f->workspace, launch, 1);
    g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, builtin->len + 1);
    for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
      {
        g_autoptr(TandemObject) task = g_list_model_get_item (tasks, i);

        found |= g_strcmp0 (tandem_object_get_string (task, "title"), "New task") == 0;
      }
    g_assert_true (found);
  }

  /* Asked again, the same window comes up; another workspace shown in the
   * calendar closes it, so that no edit goes to one no longer shown. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->calendar), "calendar.edit-tiers", NULL));
  g_assert_true (gui_test_find_toplevel (TANDEM_TYPE_TIER_EDITOR) == GTK_WIDGET (editor));
  {
    g_autoptr(TandemWorkspace) other = tandem_workspace_new_untitled ();
    g_autoptr(TandemWorkspace) before = g_object_ref (f->workspace);

    tandem_calendar_set_workspace (f->calendar, other);
    g_assert_null (editor);
    tandem_calendar_set_workspace (f->calendar, before);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!gui_test_init (&argc, &argv, "calendar", &tmpdir))
    return 0;

  application = adw_application_new ("io.github.tandemplanner.Tandem.TestCalendar",
                                     G_APPLICATION_NON_UNIQUE);
  gui_test_register (G_APPLICATION (application));

  g_test_add ("/gui/calendar/month", Fixture, NULL, fixture_init, test_month, fixture_clear);
  g_test_add ("/gui/calendar/drag-launch", Fixture, NULL, fixture_init, test_drag_launch, fixture_clear);
  g_test_add ("/gui/calendar/drop-task-and-outside", Fixture, NULL, fixture_init,
              test_drop_task_and_outside, fixture_clear);
  g_test_add ("/gui/calendar/keyboard", Fixture, NULL, fixture_init, test_keyboard, fixture_clear);
  g_test_add ("/gui/calendar/keys", Fixture, NULL, fixture_init, test_keys, fixture_clear);
  g_test_add ("/gui/calendar/more", Fixture, NULL, fixture_init, test_more, fixture_clear);
  g_test_add ("/gui/calendar/editor", Fixture, NULL, fixture_init, test_editor, fixture_clear);
  g_test_add ("/gui/calendar/tiers", Fixture, NULL, fixture_init, test_tiers, fixture_clear);

  status = g_test_run ();

  g_clear_object (&application);
  g_rmdir (tmpdir);
  return status;
}
