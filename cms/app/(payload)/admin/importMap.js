import { ThaiSource as ThaiSource_6ea1f16941158451e5d2ed4fe4f962e6 } from '../../../components/translations/ThaiSource.tsx'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { EditorButtonLabelsFeature as EditorButtonLabelsFeature_e365c1e3ca7ad93bd288695538b765ac } from '../../../components/EditorButtonLabels.tsx'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StatusCell as StatusCell_1b92bcf72a0a4ac2a68fc5e93647b961 } from '../../../components/translations/StatusCell.tsx'
import { TranslationPanel as TranslationPanel_1a39fb4e8e01d866650af2c3c0d3ead7 } from '../../../components/translations/TranslationPanel.tsx'
import { ImportTbx as ImportTbx_c5815de4c50a6356cf9dceed43414257 } from '../../../components/ImportTbx.tsx'
import { ImportSheetLink as ImportSheetLink_4ef6d9a5980f4eeee6aa2e0b33d08e4b } from '../../../components/SheetImport/ImportSheetLink.tsx'
import { DeployNowButton as DeployNowButton_215d062fd3c7208eb3f57b45b2b39182 } from '../../../components/DeployNowButton.tsx'
import { NavLinks as NavLinks_4a2906b32c0e92cd2a620c3fd1ada5eb } from '../../../components/NavLinks.tsx'
import { AccountLanguage as AccountLanguage_139570634a55318f7800f67e6d11967a } from '../../../components/AccountLanguage.tsx'
import { ReleaseLockOnLeave as ReleaseLockOnLeave_814dbba6765625dd63015cc23ef834bc } from '../../../components/ReleaseLockOnLeave.tsx'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { Overview as Overview_0f22477d8047a0365950160f9f7adf87 } from '../../../components/dashboard/Overview.tsx'
import { TranslationsView as TranslationsView_d5be2bc2fea0e4e58dfd298cab3f2981 } from '../../../components/translations/TranslationsView.tsx'
import { GuideView as GuideView_8b668666971b45c5d815ad2cb6d151fb } from '../../../components/GuideView.tsx'
import { SheetImportView as SheetImportView_e98b8f75c86bba606c27ea467f359724 } from '../../../components/SheetImport/SheetImportView.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/translations/ThaiSource.tsx#ThaiSource": ThaiSource_6ea1f16941158451e5d2ed4fe4f962e6,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/components/EditorButtonLabels.tsx#EditorButtonLabelsFeature": EditorButtonLabelsFeature_e365c1e3ca7ad93bd288695538b765ac,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/translations/StatusCell.tsx#StatusCell": StatusCell_1b92bcf72a0a4ac2a68fc5e93647b961,
  "/components/translations/TranslationPanel.tsx#TranslationPanel": TranslationPanel_1a39fb4e8e01d866650af2c3c0d3ead7,
  "/components/ImportTbx.tsx#ImportTbx": ImportTbx_c5815de4c50a6356cf9dceed43414257,
  "/components/SheetImport/ImportSheetLink.tsx#ImportSheetLink": ImportSheetLink_4ef6d9a5980f4eeee6aa2e0b33d08e4b,
  "/components/DeployNowButton.tsx#DeployNowButton": DeployNowButton_215d062fd3c7208eb3f57b45b2b39182,
  "/components/NavLinks.tsx#NavLinks": NavLinks_4a2906b32c0e92cd2a620c3fd1ada5eb,
  "/components/AccountLanguage.tsx#AccountLanguage": AccountLanguage_139570634a55318f7800f67e6d11967a,
  "/components/ReleaseLockOnLeave.tsx#ReleaseLockOnLeave": ReleaseLockOnLeave_814dbba6765625dd63015cc23ef834bc,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/dashboard/Overview.tsx#Overview": Overview_0f22477d8047a0365950160f9f7adf87,
  "/components/translations/TranslationsView.tsx#TranslationsView": TranslationsView_d5be2bc2fea0e4e58dfd298cab3f2981,
  "/components/GuideView.tsx#GuideView": GuideView_8b668666971b45c5d815ad2cb6d151fb,
  "/components/SheetImport/SheetImportView.tsx#SheetImportView": SheetImportView_e98b8f75c86bba606c27ea467f359724,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
