/* tandem-print-actions.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-print-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-print-actions.h"
#include "tandem-snapshots-dialog.h"
#include "tandem-window-private.h"

/* The window's Print, Export…, Take Snapshot… and Snapshots actions, and the
 * dialogs behind them, which the Snapshots dialog uses for a snapshot too.
 * Print and Export draw what the page shows: the board, a snapshot or
 * comparison shown on the Roadmap page, or the calendar's month. */

/* Runs @operation with the print dialog; GTK keeps the operation alive
 * while it runs asynchronously, and only then is it returned. */
static TandemPrintOperation *
run_print_dialog (GtkWindow            *parent,
                  TandemPrintOperation *operation)
{
  g_autoptr(TandemPrintOperation) owned = operation;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (error != NULL)
    g_warning ("Printing failed: %s", error->message);
  return result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS ? operation : NULL;
}

/**
 * tandem_print_roadmap:
 *
 * Shows the print dialog for @roadmap (with its preview and page setup).
 *
 * Returns: (transfer none) (nullable): the operation while it runs, or
 *   %NULL when it is already over.
 */
TandemPrintOperation *
tandem_print_roadmap (GtkWindow     *parent,
                      TandemRoadmap *roadmap,
                      TandemRoadmap *before,
                      GPtrArray     *changes)
{
  return run_print_dialog (parent, tandem_print_operation_new (roadmap, before, changes));
}

/**
 * tandem_print_month:
 *
 * Shows the print dialog for a month of the launch calendar.
 *
 * Returns: (transfer none) (nullable): the operation while it runs, or
 *   %NULL when it is already over.
 */
TandemPrintOperation *
tandem_print_month (GtkWindow       *parent,
                    TandemWorkspace *workspace,
                    const GDate     *month,
                    GDateWeekday     week_start)
{
  return run_print_dialog (parent, tandem_print_operation_new_month (workspace, month, week_start));
}

/* What an export draws: the roadmap (a snapshot, a comparison), or a month
 * of the launch calendar when @workspace is set. */
typedef struct
{
  TandemRoadmap *roadmap;
  TandemRoadmap *before;
  GPtrArray     *changes;
  TandemWorkspace *workspace;
  GDate          month;
  GDateWeekday   week_start;
  GtkWindow     *parent;
  GtkDropDown   *format;
  GtkDropDown   *layout;
  GtkDropDown   *paper;
  GtkSwitch     *landscape;
  char          *format_name;
  TandemPageOptions options;
} ExportJob;

static const char * const formats[] = { "pdf", "svg", "png" };

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->roadmap, tandem_roadmap_unref);
  g_clear_object (&job->workspace);
  g_clear_pointer (&job->before, tandem_roadmap_unref);
  g_clear_pointer (&job->changes, g_ptr_array_unref);
  g_clear_object (&job->parent);
  g_free (job->format_name);
  g_free (job);
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  ExportJob       *job)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
    }
  if (path != NULL && job->workspace != NULL)
    {
      g_autoptr(TandemMonthRender) render = tandem_month_render_new (job->workspace, &job->month, 1,
                                                                     job->week_start, &job->options);

      written = tandem_month_render_export (render, job->format_name, path, 96, &error);
      if (written == NULL)
        show_error (job->parent, _("Could Not Export the Calendar"), error->message);
    }
  else if (path != NULL)
    {
      g_autoptr(TandemRoadmapRender) render = tandem_roadmap_render_new (job->roadmap, job->before,
                                                                         job->changes, &job->options);

      written = tandem_roadmap_render_export (render, job->format_name, path, 96, &error);
      if (written == NULL)
        show_error (job->parent, _("Could Not Export the Roadmap"), error->message);
    }
  g_object_unref (chooser);
  export_job_free (job);
}

static void
export_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ExportJob        *job)
{
  const char *papers[] = { "a4", "letter", "a3", "tabloid" };
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "export") != 0)
    {
      export_job_free (job);
      return;
    }
  job->format_name = g_strdup (formats[MIN (gtk_drop_down_get_selected (job->format), 2)]);
  tandem_page_options_init (&job->options, papers[MIN (gtk_drop_down_get_selected (job->paper), 3)],
                            gtk_switch_get_active (job->landscape) ? TANDEM_ORIENTATION_LANDSCAPE
                                                                   : TANDEM_ORIENTATION_PORTRAIT,
                            MIN (gtk_drop_down_get_selected (job->layout), TANDEM_LAYOUT_OVERVIEW));

  chooser = gtk_file_chooser_native_new (job->workspace != NULL ? _("Export Calendar Month")
                                                                : _("Export Roadmap"),
                                         job->parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  if (job->workspace != NULL)
    {
      char month[128];

      if (g_date_strftime (month, sizeof month, "%Y-%m", &job->month) == 0)
        month[0] = '\0';
      /* TRANSLATORS: the file name an exported calendar month gets: "Launches 2027-03.pdf" */
      name = g_strdup_printf (_("Launches %s.%s"), month, job->format_name);
    }
  else
    name = g_strdup_printf ("%s.%s", job->roadmap->name != NULL ? job->roadmap->name : _("Roadmap"),
                            job->format_name);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_chosen_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkDropDown *
add_choice (GtkGrid            *grid,
            int                 row,
            const char         *label,
            const char * const *choices)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *choice = gtk_drop_down_new_from_strings (choices);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), choice);
  gtk_widget_set_hexpand (choice, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, choice, 1, row, 1, 1);
  return GTK_DROP_DOWN (choice);
}

/* What a roadmap drawing shows, as a window title or a dialog's body. */
static char *
describe (TandemRoadmap *roadmap,
          TandemRoadmap *before)
{
  if (before != NULL)
    /* TRANSLATORS: what a comparison's drawing shows */
    return g_strdup_printf (_("Changes since “%s”"), before->name != NULL ? before->name : "");
  return g_strdup (roadmap->name != NULL ? roadmap->name : _("Current Board"));
}

/* Asks for a format, layout (for the roadmap) and paper, then a file. */
static void
export_ask (ExportJob  *job,
            const char *heading,
            const char *body)
{
  const char *format_labels[] = { "PDF", "SVG", "PNG", NULL };
  const char *layout_labels[] = { _("Fit to page width"), _("Poster"), _("Overview on one page"), NULL };
  const char *paper_labels[] = { "A4", "Letter", "A3", "Tabloid", NULL };
  GtkWidget *dialog = adw_message_dialog_new (job->parent, heading, body);
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkWidget *landscape_label = gtk_label_new_with_mnemonic (_("_Landscape"));
  int row = 0;

  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 12);
  job->format = add_choice (grid, row++, _("_Format"), format_labels);
  /* A month is one page whatever the layout: it has no choice of one. */
  job->layout = add_choice (grid, row++, _("La_yout"), layout_labels);
  if (job->workspace != NULL)
    {
      gtk_widget_set_visible (gtk_grid_get_child_at (grid, 0, row - 1), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (job->layout), FALSE);
    }
  job->paper = add_choice (grid, row++, _("_Paper"), paper_labels);
  job->landscape = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (job->landscape, TRUE);
  gtk_widget_set_halign (GTK_WIDGET (job->landscape), GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (landscape_label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (landscape_label), GTK_WIDGET (job->landscape));
  gtk_grid_attach (grid, landscape_label, 0, row, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (job->landscape), 1, row, 1, 1);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (grid));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "export", _("_Export…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * tandem_export_roadmap:
 *
 * Asks for a format, layout and paper, then a file, and writes @roadmap
 * there; SVG and PNG of several pages go to NAME-1.svg, NAME-2.svg…
 */
void
tandem_export_roadmap (GtkWindow     *parent,
                       TandemRoadmap *roadmap,
                       TandemRoadmap *before,
                       GPtrArray     *changes)
{
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autofree char *body = describe (roadmap, before);

  job->roadmap = tandem_roadmap_ref (roadmap);
  job->before = before != NULL ? tandem_roadmap_ref (before) : NULL;
  job->changes = changes != NULL ? g_ptr_array_ref (changes) : NULL;
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  export_ask (job, _("Export Roadmap"), body);
}

/**
 * tandem_export_month:
 *
 * Asks for a format and paper, then a file, and writes a month of the
 * launch calendar there.
 */
void
tandem_export_month (GtkWindow       *parent,
                     TandemWorkspace *workspace,
                     const GDate     *month,
                     GDateWeekday     week_start)
{
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autoptr(GDateTime) first = g_date_time_new_local (g_date_get_year (month), g_date_get_month (month), 1,
                                                      0, 0, 0);
  g_autofree char *body = g_date_time_format (first, "%OB %Y");

  job->workspace = g_object_ref (workspace);
  job->month = *month;
  job->week_start = week_start;
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  export_ask (job, _("Export Calendar Month"), body);
}

static void
take_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  TandemWorkspace  *workspace)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "take") == 0 &&
      tandem_snapshots_take (workspace, gtk_editable_get_text (entry), NULL, &error) == NULL)
    show_error (gtk_window_get_transient_for (GTK_WINDOW (dialog)), _("Could Not Take a Snapshot"),
                error->message);
}

/**
 * tandem_take_snapshot:
 *
 * Asks for a name and freezes today's board under it.
 *
 * Returns: (transfer none): the dialog asking.
 */
AdwMessageDialog *
tandem_take_snapshot (GtkWindow       *parent,
                      TandemWorkspace *workspace)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Take Snapshot"),
                                              _("Freeze today’s board under a name, to print it, "
                                                "or compare it with the board later."));
  GtkWidget *entry = gtk_entry_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%-d %B %Y");
  /* TRANSLATORS: the name a new snapshot gets unless the user types another */
  g_autofree char *name = g_strdup_printf (_("Snapshot of %s"), date);

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Snapshot name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "take", _("_Take Snapshot"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "take",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "take");
  g_signal_connect_object (dialog, "response", G_CALLBACK (take_response_cb), workspace, 0);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}

/* The preview: the pages one under the other, drawn by the renderer. */
#define PREVIEW_GAP 16

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  TandemRoadmapRender *render = user_data;
  const TandemPageOptions *options = tandem_roadmap_render_get_options (render);
  double x0, y0, x1, y1;

  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  for (guint i = 0; i < tandem_roadmap_render_get_n_pages (render); i++)
    {
      double top = PREVIEW_GAP + i * (options->page_height + PREVIEW_GAP);

      /* Only the pages in view. */
      if (top > y1 || top + options->page_height < y0)
        continue;
      cairo_save (cr);
      cairo_translate (cr, (width - options->page_width) / 2, top);
      cairo_rectangle (cr, 0, 0, options->page_width, options->page_height);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill (cr);
      tandem_roadmap_render_draw_page (render, cr, i);
      cairo_restore (cr);
    }
}

static void
preview_print_cb (GtkButton *button,
                  GtkWindow *window)
{
  TandemRoadmap *roadmap = g_object_get_data (G_OBJECT (window), "roadmap");

  tandem_print_roadmap (window, roadmap, g_object_get_data (G_OBJECT (window), "before"),
                        g_object_get_data (G_OBJECT (window), "changes"));
}

static void
preview_export_cb (GtkButton *button,
                   GtkWindow *window)
{
  tandem_export_roadmap (window, g_object_get_data (G_OBJECT (window), "roadmap"),
                         g_object_get_data (G_OBJECT (window), "before"),
                         g_object_get_data (G_OBJECT (window), "changes"));
}

/**
 * tandem_preview_roadmap:
 *
 * Shows @roadmap read-only, as it prints with the page setup last used, with
 * Print and Export buttons.
 *
 * Returns: (transfer none): the preview window.
 */
GtkWindow *
tandem_preview_roadmap (GtkWindow     *parent,
                        TandemRoadmap *roadmap,
                        TandemRoadmap *before,
                        GPtrArray     *changes)
{
  g_autoptr(GtkPageSetup) page_setup = tandem_print_operation_load_page_setup ();
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export…"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *area = gtk_drawing_area_new ();
  TandemRoadmapRender *render;
  TandemPageOptions options;
  g_autofree char *title = NULL;

  tandem_page_options_init (&options, "a4", TANDEM_ORIENTATION_LANDSCAPE, TANDEM_LAYOUT_FIT);
  options.page_width = gtk_page_setup_get_paper_width (page_setup, GTK_UNIT_POINTS);
  options.page_height = gtk_page_setup_get_paper_height (page_setup, GTK_UNIT_POINTS);
  if (gtk_page_setup_get_orientation (page_setup) == GTK_PAGE_ORIENTATION_LANDSCAPE ||
      gtk_page_setup_get_orientation (page_setup) == GTK_PAGE_ORIENTATION_REVERSE_LANDSCAPE)
    {
      double w = options.page_width;

      options.page_width = options.page_height;
      options.page_height = w;
    }
  render = tandem_roadmap_render_new (roadmap, before, changes, &options);

  title = describe (roadmap, before);
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 700);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);

  g_object_set_data_full (G_OBJECT (window), "roadmap", tandem_roadmap_ref (roadmap),
                          (GDestroyNotify) tandem_roadmap_unref);
  if (before != NULL)
    g_object_set_data_full (G_OBJECT (window), "before", tandem_roadmap_ref (before),
                            (GDestroyNotify) tandem_roadmap_unref);
  if (changes != NULL)
    g_object_set_data_full (G_OBJECT (window), "changes", g_ptr_array_ref (changes),
                            (GDestroyNotify) g_ptr_array_unref);

  gtk_widget_add_css_class (print, "suggested-action");
  g_signal_connect (print, "clicked", G_CALLBACK (preview_print_cb), window);
  g_signal_connect (export, "clicked", G_CALLBACK (preview_export_cb), window);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), export);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area),
                                      (int) options.page_width + 2 * PREVIEW_GAP);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                       (int) ((options.page_height + PREVIEW_GAP) *
                                              tandem_roadmap_render_get_n_pages (render)) + PREVIEW_GAP);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_preview, render,
                                  (GDestroyNotify) tandem_roadmap_render_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Print preview"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), area);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

/* On the Launches page: the month it shows and its first weekday. */
static gboolean
showing_month (TandemWindow *self,
               GDate        *month,
               GDateWeekday *week_start)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "launches") != 0)
    return FALSE;
  tandem_calendar_get_month (self->calendar, month);
  *week_start = tandem_calendar_get_week_start (self->calendar);
  return TRUE;
}

/* On the Roadmap page showing a snapshot or a comparison: what it shows. */
static gboolean
showing_snapshot (TandemWindow   *self,
                  TandemRoadmap **roadmap,
                  TandemRoadmap **before,
                  GPtrArray     **changes)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "roadmap") != 0 ||
      gtk_stack_get_visible_child (self->roadmap_stack) != GTK_WIDGET (self->snapshot_view))
    return FALSE;
  return tandem_snapshot_view_get_shown (self->snapshot_view, roadmap, before, changes);
}

/* Print or export what the page shows. */
static void
print_or_export (TandemWindow *self,
                 gboolean      print)
{
  TandemWorkspace *workspace = tandem_window_get_workspace (self);
  g_autoptr(TandemRoadmap) current = NULL;
  TandemRoadmap *roadmap, *before = NULL;
  GPtrArray *changes = NULL;
  GDateWeekday week_start;
  GDate month;

  if (showing_month (self, &month, &week_start))
    {
      if (print)
        tandem_print_month (GTK_WINDOW (self), workspace, &month, week_start);
      else
        tandem_export_month (GTK_WINDOW (self), workspace, &month, week_start);
      return;
    }
  if (!showing_snapshot (self, &roadmap, &before, &changes))
    roadmap = current = tandem_roadmap_new_current (workspace);
  if (print)
    tandem_print_roadmap (GTK_WINDOW (self), roadmap, before, changes);
  else
    tandem_export_roadmap (GTK_WINDOW (self), roadmap, before, changes);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  print_or_export (TANDEM_WINDOW (widget), TRUE);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  print_or_export (TANDEM_WINDOW (widget), FALSE);
}

static void
take_snapshot_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  tandem_take_snapshot (GTK_WINDOW (widget), tandem_window_get_workspace (TANDEM_WINDOW (widget)));
}

static void
snapshots_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemSnapshotsDialog *dialog = tandem_snapshots_dialog_new (tandem_window_get_workspace (TANDEM_WINDOW (widget)));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (widget));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * tandem_print_actions_install:
 * @widget_class: the main window's class
 *
 * Adds win.print (Ctrl+P), win.export, win.take-snapshot and win.snapshots.
 * Print and export draw the roadmap, or what the Roadmap page shows of a
 * snapshot or a comparison, or on the Launches page the month shown.
 */
void
tandem_print_actions_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.take-snapshot", NULL, take_snapshot_action);
  gtk_widget_class_install_action (widget_class, "win.snapshots", NULL, snapshots_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}
