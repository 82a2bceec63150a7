/** The illustrated guide (`/admin/guide`): the everyday tasks step by step, with screenshots of the real admin. */
import type { AdminViewServerProps } from 'payload'
import { AdminPage } from './AdminPage.tsx'
import { guideTasks } from '../guide/tasks.ts'
import { tr, type HasTranslate } from '../i18n/translate.ts'

export function GuideView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { i18n } = initPageResult.req
  const language = i18n.language === 'en' ? 'en' : 'th'
  const t = (key: 'guide' | 'guideIntro') => tr(i18n as HasTranslate, key)
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} className="bma-guide">
      <h1>{t('guide')}</h1>
      <p>{t('guideIntro')}</p>
      <nav aria-label={t('guide')}>
        <ol>
          {guideTasks.map((task) => (
            <li key={task.id}>
              <a href={`#${task.id}`}>{task.title[language]}</a>
            </li>
          ))}
        </ol>
      </nav>
      {guideTasks.map((task) => (
        <section key={task.id} id={task.id} aria-labelledby={`${task.id}-title`} className="bma-guide__task">
          <h2 id={`${task.id}-title`}>{task.title[language]}</h2>
          <ol>
            {task.steps[language].map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <img src={`/guide/${task.id}.png`} alt={task.title[language]} loading="lazy" className="bma-guide__shot" />
        </section>
      ))}
    </AdminPage>
  )
}
