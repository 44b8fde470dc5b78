/* tandem-print-operation.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-gui.h"
#include "tandem-print-operation.h"

/* Printing is the renderer on the pages GTK hands out: the print preview,
 * the printer and an exported PDF show the same drawing.  An operation
 * prints the roadmap (or a snapshot, or a comparison) or a month of the
 * launch calendar.  The page setup and the roadmap's layout last chosen are
 * remembered in GSettings. */

struct _TandemPrintOperation
{
  GtkPrintOperation    parent_instance;

  /* The roadmap, or… */
  TandemRoadmap       *roadmap;
  TandemRoadmap       *before;
  GPtrArray           *changes;
  TandemLayoutKind     layout;
  GtkDropDown         *layout_choice;

  /* …a month of the launch calendar. */
  TandemWorkspace     *workspace;
  GDate                month;
  GDateWeekday         week_start;

  /* The renderer of either, made when printing begins. */
  gpointer             render;
  TandemDrawPageFunc   draw_page;
  GDestroyNotify       render_free;

  GtkPageSetup        *used_page_setup;
};

G_DEFINE_FINAL_TYPE (TandemPrintOperation, tandem_print_operation, GTK_TYPE_PRINT_OPERATION)

static const char * const layout_names[] = { "fit", "poster", "overview" };

/**
 * tandem_print_operation_load_page_setup:
 *
 * Returns: (transfer full): the page setup last used, or A4 landscape.
 */
GtkPageSetup *
tandem_print_operation_load_page_setup (void)
{
  g_autoptr(GSettings) settings = g_settings_new (TANDEM_SETTINGS_SCHEMA_ID);
  g_autoptr(GVariant) value = g_settings_get_value (settings, "page-setup");
  GtkPageSetup *page_setup = NULL;

  if (g_variant_n_children (value) > 0)
    page_setup = gtk_page_setup_new_from_gvariant (value);
  if (page_setup == NULL)
    {
      g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size (page_setup, a4);
      gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
    }
  return page_setup;
}

void
tandem_print_operation_save_page_setup (GtkPageSetup *page_setup)
{
  g_autoptr(GSettings) settings = g_settings_new (TANDEM_SETTINGS_SCHEMA_ID);

  g_return_if_fail (GTK_IS_PAGE_SETUP (page_setup));

  g_settings_set_value (settings, "page-setup", gtk_page_setup_to_gvariant (page_setup));
}

static void
clear_render (TandemPrintOperation *self)
{
  if (self->render != NULL)
    self->render_free (g_steal_pointer (&self->render));
}

static void
tandem_print_operation_begin_print (GtkPrintOperation *operation,
                                    GtkPrintContext   *context)
{
  TandemPrintOperation *self = TANDEM_PRINT_OPERATION (operation);
  TandemPageOptions options;
  guint n_pages;

  tandem_page_options_init (&options, "a4", TANDEM_ORIENTATION_LANDSCAPE, self->layout);
  /* The full page in points: the renderer keeps its own margins. */
  options.page_width = gtk_print_context_get_width (context);
  options.page_height = gtk_print_context_get_height (context);

  clear_render (self);
  if (self->workspace != NULL)
    {
      self->render = tandem_month_render_new (self->workspace, &self->month, 1, self->week_start, &options);
      self->draw_page = (TandemDrawPageFunc) tandem_month_render_draw_page;
      self->render_free = (GDestroyNotify) tandem_month_render_free;
      n_pages = tandem_month_render_get_n_pages (self->render);
    }
  else
    {
      self->render = tandem_roadmap_render_new (self->roadmap, self->before, self->changes, &options);
      self->draw_page = (TandemDrawPageFunc) tandem_roadmap_render_draw_page;
      self->render_free = (GDestroyNotify) tandem_roadmap_render_free;
      n_pages = tandem_roadmap_render_get_n_pages (self->render);
    }
  gtk_print_operation_set_n_pages (operation, n_pages);
  g_set_object (&self->used_page_setup, gtk_print_context_get_page_setup (context));
}

static void
tandem_print_operation_draw_page (GtkPrintOperation *operation,
                                  GtkPrintContext   *context,
                                  int                page_nr)
{
  TandemPrintOperation *self = TANDEM_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  g_return_if_fail (self->render != NULL);

  self->draw_page (self->render, cr, page_nr);
}

static void
tandem_print_operation_done (GtkPrintOperation       *operation,
                             GtkPrintOperationResult  result)
{
  TandemPrintOperation *self = TANDEM_PRINT_OPERATION (operation);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->used_page_setup != NULL)
    tandem_print_operation_save_page_setup (self->used_page_setup);
  clear_render (self);
}

static GtkWidget *
tandem_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  TandemPrintOperation *self = TANDEM_PRINT_OPERATION (operation);
  const char *labels[] = { _("Fit to page width"), _("Poster over several pages"),
                           _("Overview on one page"), NULL };
  GtkWidget *box;
  GtkWidget *label;

  /* A month is one page whatever the layout. */
  if (self->workspace != NULL)
    return NULL;
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = gtk_label_new_with_mnemonic (_("_Layout"));
  self->layout_choice = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (labels));
  gtk_drop_down_set_selected (self->layout_choice, self->layout);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->layout_choice));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->layout_choice));
  return box;
}

static void
tandem_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                            GtkWidget         *widget)
{
  TandemPrintOperation *self = TANDEM_PRINT_OPERATION (operation);
  g_autoptr(GSettings) settings = NULL;

  if (self->layout_choice == NULL)
    return;
  settings = g_settings_new (TANDEM_SETTINGS_SCHEMA_ID);
  tandem_print_operation_set_layout (self, gtk_drop_down_get_selected (self->layout_choice));
  g_settings_set_string (settings, "print-layout", layout_names[self->layout]);
}

static void
tandem_print_operation_finalize (GObject *object)
{
  TandemPrintOperation *self = TANDEM_PRINT_OPERATION (object);

  clear_render (self);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->roadmap, tandem_roadmap_unref);
  g_clear_pointer (&self->before, tandem_roadmap_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_object (&self->used_page_setup);

  G_OBJECT_CLASS (tandem_print_operation_parent_class)->finalize (object);
}

static void
tandem_print_operation_class_init (TandemPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = tandem_print_operation_finalize;
  operation_class->begin_print = tandem_print_operation_begin_print;
  operation_class->draw_page = tandem_print_operation_draw_page;
  operation_class->done = tandem_print_operation_done;
  operation_class->create_custom_widget = tandem_print_operation_create_custom_widget;
  operation_class->custom_widget_apply = tandem_print_operation_custom_widget_apply;
}

static void
tandem_print_operation_init (TandemPrintOperation *self)
{
  g_autoptr(GSettings) settings = g_settings_new (TANDEM_SETTINGS_SCHEMA_ID);
  g_autoptr(GtkPageSetup) page_setup = tandem_print_operation_load_page_setup ();
  g_autofree char *layout = g_settings_get_string (settings, "print-layout");

  if (!tandem_layout_kind_from_string (layout, &self->layout))
    self->layout = TANDEM_LAYOUT_FIT;
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_custom_tab_label (GTK_PRINT_OPERATION (self), _("Layout"));
}

/**
 * tandem_print_operation_new:
 * @roadmap: what to print; for a comparison, tandem_roadmap_new_marked()
 * @before: (nullable): for a comparison, the older roadmap
 * @changes: (nullable): for a comparison, the changes
 *
 * Returns: (transfer full): an operation that prints @roadmap.
 */
TandemPrintOperation *
tandem_print_operation_new (TandemRoadmap *roadmap,
                            TandemRoadmap *before,
                            GPtrArray     *changes)
{
  TandemPrintOperation *self;
  g_autofree char *job = NULL;

  g_return_val_if_fail (roadmap != NULL, NULL);

  self = g_object_new (TANDEM_TYPE_PRINT_OPERATION, NULL);
  self->roadmap = tandem_roadmap_ref (roadmap);
  self->before = before != NULL ? tandem_roadmap_ref (before) : NULL;
  self->changes = changes != NULL ? g_ptr_array_ref (changes) : NULL;
  job = g_strdup_printf ("%s – %s", roadmap->workspace_title != NULL ? roadmap->workspace_title : "",
                         roadmap->name != NULL ? roadmap->name : _("Roadmap"));
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job);
  return self;
}

/**
 * tandem_print_operation_new_month:
 * @month: a day of the month to print
 * @week_start: the first day of each week, as the calendar shows it
 *
 * Returns: (transfer full): an operation that prints a month of the launch
 *   calendar on one page.
 */
TandemPrintOperation *
tandem_print_operation_new_month (TandemWorkspace *workspace,
                                  const GDate     *month,
                                  GDateWeekday     week_start)
{
  TandemPrintOperation *self;
  g_autofree char *job = NULL;
  char name[128];

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (month != NULL && g_date_valid (month), NULL);
  g_return_val_if_fail (g_date_valid_weekday (week_start), NULL);

  self = g_object_new (TANDEM_TYPE_PRINT_OPERATION, NULL);
  self->workspace = g_object_ref (workspace);
  self->month = *month;
  self->week_start = week_start;
  if (g_date_strftime (name, sizeof name, "%B %Y", month) == 0)
    name[0] = '\0';
  job = g_strdup_printf ("%s – %s", tandem_object_get_string (TANDEM_OBJECT (workspace), "title"), name);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job);
  return self;
}

TandemLayoutKind
tandem_print_operation_get_layout (TandemPrintOperation *self)
{
  g_return_val_if_fail (TANDEM_IS_PRINT_OPERATION (self), TANDEM_LAYOUT_FIT);

  return self->layout;
}

void
tandem_print_operation_set_layout (TandemPrintOperation *self,
                                   TandemLayoutKind      layout)
{
  g_return_if_fail (TANDEM_IS_PRINT_OPERATION (self));
  g_return_if_fail (layout <= TANDEM_LAYOUT_OVERVIEW);

  self->layout = layout;
}
